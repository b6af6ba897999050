package org.govsite.model.validation;

import static org.govsite.model.GovSitePackage.Literals.TOPIC__ARCHIVED_ON;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__ON_HOME_PAGE;

import org.govsite.model.Topic;

/** Archived topics (专题): {@link Rule#TOPIC_ARCHIVED_HOME} and {@link Rule#TOPIC_ARCHIVED_DATE}. */
final class TopicRules {
    private TopicRules() {
    }

    static void check(Topic topic, Findings findings) {
        if (!topic.isArchived()) {
            return;
        }
        if (topic.isOnHomePage()) {
            findings.add(Rule.TOPIC_ARCHIVED_HOME, topic, TOPIC__ON_HOME_PAGE, Describe.object(topic));
        }
        if (topic.getArchivedOn() == null) {
            findings.add(Rule.TOPIC_ARCHIVED_DATE, topic, TOPIC__ARCHIVED_ON, Describe.object(topic));
        }
    }
}

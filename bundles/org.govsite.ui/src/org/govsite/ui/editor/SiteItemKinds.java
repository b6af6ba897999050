package org.govsite.ui.editor;

import static org.govsite.model.GovSitePackage.Literals.CHANNEL__COLUMNS;
import static org.govsite.model.GovSitePackage.Literals.CHANNEL__PATH_SEGMENT;
import static org.govsite.model.GovSitePackage.Literals.NAMED__NAME;
import static org.govsite.model.GovSitePackage.Literals.SITE__CHANNELS;
import static org.govsite.model.GovSitePackage.Literals.SITE__TOPICS;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__ARCHIVED;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__ARCHIVED_ON;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__ON_HOME_PAGE;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__PATH_SEGMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Topic;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.guide.ModelLabels;
import org.govsite.ui.Messages;

/** The site editor's lists besides its columns: topics (专题) and channels (频道). */
final class SiteItemKinds {

    private SiteItemKinds() {
    }

    /** Name, path segment, on the home page, archived and the archive day; the detail says the last three. */
    static SiteItemsTab.Kind topics() {
        return new SiteItemsTab.Kind(SITE__TOPICS, TOPIC__PATH_SEGMENT, Messages.Editor_newTopic, Messages.Editor_editTopic,
                Messages.Editor_topicDescription, Messages.Editor_topicState, SiteItemKinds::topicState,
                site -> List.<Function<Composite, FormField>>of(
                        form -> new TextField(form, NAMED__NAME, TextField.Kind.STRING),
                        form -> new TextField(form, TOPIC__PATH_SEGMENT, TextField.Kind.STRING),
                        form -> new CheckField(form, TOPIC__ON_HOME_PAGE), form -> new CheckField(form, TOPIC__ARCHIVED),
                        form -> new TextField(form, TOPIC__ARCHIVED_ON, TextField.Kind.DATE)));
    }

    /** Name, path segment and the site's columns it shows; the detail lists the columns. */
    static SiteItemsTab.Kind channels() {
        return new SiteItemsTab.Kind(SITE__CHANNELS, CHANNEL__PATH_SEGMENT, Messages.Editor_newChannel,
                Messages.Editor_editChannel, Messages.Editor_channelDescription, ModelLabels.featureLabel(CHANNEL__COLUMNS),
                channel -> ((Channel) channel).getColumns().stream().map(Column::getName)
                        .collect(Collectors.joining(Messages.Editor_listSeparator)),
                site -> List.<Function<Composite, FormField>>of(
                        form -> new TextField(form, NAMED__NAME, TextField.Kind.STRING),
                        form -> new TextField(form, CHANNEL__PATH_SEGMENT, TextField.Kind.STRING),
                        form -> new ColumnsField(form, CHANNEL__COLUMNS, site)));
    }

    private static String topicState(EObject object) {
        Topic topic = (Topic) object;
        List<String> state = new ArrayList<>();
        if (topic.isOnHomePage()) {
            state.add(ModelLabels.featureLabel(TOPIC__ON_HOME_PAGE));
        }
        if (topic.isArchived()) {
            state.add(topic.getArchivedOn() == null ? ModelLabels.featureLabel(TOPIC__ARCHIVED)
                    : ModelLabels.featureLabel(TOPIC__ARCHIVED) + ' ' + GuideDays.day(topic.getArchivedOn()));
        }
        return String.join(Messages.Editor_listSeparator, state);
    }
}

package org.govsite.ui.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Site;
import org.govsite.ui.Messages;

/** A folder node of the explorer grouping a site's topics or channels. */
public record Folder(Site site, Kind kind) {

    public enum Kind {
        TOPICS, CHANNELS
    }

    public List<? extends EObject> members() {
        return kind == Kind.TOPICS ? site.getTopics() : site.getChannels();
    }

    public String label() {
        return kind == Kind.TOPICS ? Messages.Explorer_topics : Messages.Explorer_channels;
    }
}

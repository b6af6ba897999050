package org.govsite.ui.explorer;

import java.util.Collection;
import java.util.List;

import org.govsite.model.Site;

/** The sites among the explorer's selection (one object or a collection), what the commands on sites act on. */
public final class SelectedSites {
    private SelectedSites() {
    }

    /** @return the sites of {@code selection} in its order; none for null or a selection without sites */
    public static List<Site> of(Object selection) {
        Collection<?> selected = selection instanceof Collection<?> many ? many
                : selection == null ? List.of() : List.of(selection);
        return selected.stream().filter(Site.class::isInstance).map(Site.class::cast).toList();
    }
}

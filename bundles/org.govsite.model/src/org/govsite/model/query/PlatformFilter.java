package org.govsite.model.query;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Named;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;

/**
 * The explorer's filter-as-you-type. The constructor snapshots the platform's containment tree once (objects in
 * pre-order, parent indices, one lower-cased search key per object: name, main domain, aliases, 标识码, path
 * segment); {@link #apply(String)} is then a linear scan with ancestor marking. Build a new filter after the model
 * changes; objects added later are not visible in its results.
 */
public final class PlatformFilter {
    private static final char SEPARATOR = '\u0000';

    private final Map<EObject, Integer> indexOf;
    private final int[] parents;
    private final String[] keys;

    public PlatformFilter(Platform platform) {
        List<EObject> nodes = new ArrayList<>();
        List<Integer> parentList = new ArrayList<>();
        indexOf = new IdentityHashMap<>();
        add(platform, -1, nodes, parentList);
        parents = parentList.stream().mapToInt(Integer::intValue).toArray();
        keys = new String[nodes.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyOf(nodes.get(i));
        }
    }

    /** Filters by the text (trimmed, case-insensitive substring); blank text shows everything and matches nothing. */
    public Result apply(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (needle.isEmpty() || needle.indexOf(SEPARATOR) >= 0) {
            return new Result(null, null, 0);
        }
        boolean[] matched = new boolean[keys.length];
        boolean[] visible = new boolean[keys.length];
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].contains(needle)) {
                matched[i] = true;
                count++;
                for (int j = i; j >= 0 && !visible[j]; j = parents[j]) {
                    visible[j] = true;
                }
            }
        }
        return new Result(matched, visible, count);
    }

    private void add(EObject object, int parent, List<EObject> nodes, List<Integer> parentList) {
        int index = nodes.size();
        nodes.add(object);
        parentList.add(parent);
        indexOf.put(object, index);
        for (EObject child : object.eContents()) {
            add(child, index, nodes, parentList);
        }
    }

    private static String keyOf(EObject object) {
        StringBuilder key = new StringBuilder();
        if (object instanceof Named named) {
            append(key, named.getName());
        }
        switch (object) {
        case Site site -> {
            append(key, site.getMainDomain());
            site.getAliases().forEach(alias -> append(key, alias));
            append(key, site.getIdCode());
        }
        case Column column -> append(key, column.getPathSegment());
        case Topic topic -> append(key, topic.getPathSegment());
        case Channel channel -> append(key, channel.getPathSegment());
        default -> {
            // other objects are found by name only
        }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder key, String value) {
        if (value != null && !value.isEmpty()) {
            key.append(value).append(SEPARATOR);
        }
    }

    /** The outcome of one {@link PlatformFilter#apply(String)}; all queries are O(1). */
    public final class Result {
        private final boolean[] matched;
        private final boolean[] visible;
        private final int matchCount;

        private Result(boolean[] matched, boolean[] visible, int matchCount) {
            this.matched = matched;
            this.visible = visible;
            this.matchCount = matchCount;
        }

        /** Whether the object matches or has a matching descendant; everything snapshotted is visible for blank text. */
        public boolean isVisible(EObject object) {
            Integer index = indexOf.get(object);
            return index != null && (visible == null || visible[index]);
        }

        /** Whether the object itself matches the text; nothing matches blank text. */
        public boolean matches(EObject object) {
            Integer index = indexOf.get(object);
            return index != null && matched != null && matched[index];
        }

        public int matchCount() {
            return matchCount;
        }

        /** Whether the text was blank, so nothing is filtered out. */
        public boolean isUnfiltered() {
            return visible == null;
        }
    }
}

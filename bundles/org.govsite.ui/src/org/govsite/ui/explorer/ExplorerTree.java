package org.govsite.ui.explorer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.model.query.PlatformFilter;

/**
 * The explorer's tree shape: platform, organisations, their sites (sites without host directly under the
 * platform), columns, and topic/channel folders, restricted to what the current filter result shows.
 */
public final class ExplorerTree {

    private final Platform platform;
    private final PlatformFilter.Result filter;
    /** Children per node, computed once: the lazy viewer asks for a parent's children once per child row. */
    private final Map<Object, List<Object>> children = new HashMap<>();

    public ExplorerTree(Platform platform, PlatformFilter.Result filter) {
        this.platform = platform;
        this.filter = filter;
    }

    public Platform platform() {
        return platform;
    }

    /** The same tree and filter over the model as it is now (after an edit): children are computed afresh. */
    public ExplorerTree afterEdit() {
        return new ExplorerTree(platform, filter);
    }

    public boolean matches(Object node) {
        return filter != null && node instanceof EObject o && filter.matches(o);
    }

    public List<Object> children(Object node) {
        return children.computeIfAbsent(node, this::visibleChildren);
    }

    private List<Object> visibleChildren(Object node) {
        List<Object> children = new ArrayList<>();
        switch (node) {
            case Platform p -> {
                addVisible(children, p.getOrganisations());
                p.getSites().stream().filter(s -> s.getHost() == null).forEach(s -> addVisible(children, List.of(s)));
            }
            case Organisation o -> addVisible(children, o.getSites());
            case Site s -> {
                addVisible(children, s.getColumns());
                addFolder(children, new Folder(s, Folder.Kind.TOPICS));
                addFolder(children, new Folder(s, Folder.Kind.CHANNELS));
            }
            case Column c -> addVisible(children, c.getChildren());
            case Folder f -> addVisible(children, f.members());
            default -> {
            }
        }
        return List.copyOf(children);
    }

    public Object parent(Object node) {
        return switch (node) {
            case Site s -> s.getHost() != null ? s.getHost() : s.eContainer();
            case Topic t -> new Folder((Site) t.eContainer(), Folder.Kind.TOPICS);
            case Channel c -> new Folder((Site) c.eContainer(), Folder.Kind.CHANNELS);
            case Folder f -> f.site();
            case EObject o -> o.eContainer();
            default -> null;
        };
    }

    /** Up to {@code limit} matching nodes in tree order (only visible nodes are visited). */
    public List<Object> firstMatches(int limit) {
        List<Object> found = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(platform);
        while (!pending.isEmpty() && found.size() < limit) {
            Object node = pending.pop();
            if (matches(node)) {
                found.add(node);
            }
            List<Object> children = children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return found;
    }

    /** The path from the platform down to {@code node}, both included. */
    public List<Object> pathTo(Object node) {
        List<Object> path = new ArrayList<>();
        for (Object n = node; n != null; n = parent(n)) {
            path.addFirst(n);
        }
        return path;
    }

    /** Visible under the filter; an organisation also when one of its sites is (the explorer shows sites under their host). */
    private boolean visible(EObject o) {
        return filter == null || filter.isVisible(o)
                || o instanceof Organisation organisation && organisation.getSites().stream().anyMatch(filter::isVisible);
    }

    private void addVisible(List<Object> children, List<? extends EObject> candidates) {
        for (EObject candidate : candidates) {
            if (visible(candidate)) {
                children.add(candidate);
            }
        }
    }

    private void addFolder(List<Object> children, Folder folder) {
        if (folder.members().stream().anyMatch(this::visible)) {
            children.add(folder);
        }
    }
}

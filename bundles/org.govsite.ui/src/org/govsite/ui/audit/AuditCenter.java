package org.govsite.ui.audit;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.e4.ui.di.UISynchronize;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.history.AuditHistory;
import org.govsite.model.Platform;
import org.govsite.ui.session.UiJobs;

/**
 * The workbench's audits (in the application context): the audit history, the settings audits run with (审计设置,
 * kept in the workspace), and the
 * views told when the history changed (a run saved, a decision made). Listeners are called on the UI thread.
 */
public final class AuditCenter implements AutoCloseable {

    private final AuditHistory history;
    private final AuditPreferencesFile preferencesFile;
    private volatile AuditPreferences preferences;
    private volatile HostedSites hosted;
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    /**
     * @param preferencesFile where the settings of the audits are kept (read now)
     * @throws IllegalStateException when the settings file cannot be read
     */
    public AuditCenter(AuditHistory history, AuditPreferencesFile preferencesFile) {
        this.history = history;
        this.preferencesFile = preferencesFile;
        this.preferences = preferencesFile.read();
    }

    public AuditHistory history() {
        return history;
    }

    /**
     * @return the settings the next audit of the site at {@code home} runs with: the engine's defaults with the
     *         {@link #preferences()}; when these name no through server and the site is one of the
     *         {@link #auditHostedSitesThrough hosted sites}, its requests go through their server
     */
    public AuditSettings settings(URI home) {
        AuditPreferences used = preferences;
        HostedSites server = hosted;
        if (used.through().isEmpty() && server != null && server.serves(home)) {
            used = used.withThrough(server.address().toString());
        }
        return used.settings();
    }

    /**
     * @return whether the audit of the site at {@code home} goes out to its real domain while audits are sent to a
     *         hosting platform ({@link #auditHostedSitesThrough}, the demo's): a site it does not host, and no through
     *         server in the preferences
     */
    public boolean reachesBeyondHostedSites(URI home) {
        HostedSites server = hosted;
        return server != null && preferences.through().isEmpty() && !server.serves(home);
    }

    /**
     * Sends the audits of the sites at {@code hosts} to {@code address} (with the site's name as {@code Host}) while
     * the preferences name no through server of their own: the demo's embedded platform, whose sites' domains point
     * nowhere. Not kept in the preferences (its address changes from run to run).
     *
     * @param hosts host names in lower case
     */
    public void auditHostedSitesThrough(URI address, Set<String> hosts) {
        hosted = new HostedSites(address, Set.copyOf(hosts));
    }

    /** Ends {@link #auditHostedSitesThrough} when {@code address} is still the server audits go through. */
    public void stopAuditingThrough(URI address) {
        HostedSites server = hosted;
        if (server != null && server.address().equals(address)) {
            hosted = null;
        }
    }

    /** A server and the host names of the sites it serves. */
    private record HostedSites(URI address, Set<String> hosts) {
        boolean serves(URI home) {
            return home.getHost() != null && hosts.contains(home.getHost().toLowerCase(Locale.ROOT));
        }
    }

    public AuditPreferences preferences() {
        return preferences;
    }

    /**
     * Saves the preferences; the next audits run with them.
     *
     * @throws org.govsite.store.interchange.InterchangeException when they cannot be saved (nothing changes)
     */
    public void update(AuditPreferences changed) {
        preferencesFile.write(changed);
        preferences = changed;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the views that the history changed; call on the UI thread. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    /**
     * Reads the history in a job: {@code work} gets the history and the latest run of every site, labelled with the
     * names of the platform's sites; the result or the failure goes to the UI thread.
     */
    <T> void readLatest(String name, UISynchronize sync, Platform platform,
            BiFunction<AuditHistory, List<SiteRun>, T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
        Map<URI, String> names = SiteHomes.names(platform);
        UiJobs.run(name, sync, monitor -> work.apply(history, history.latestRuns().stream()
                .map(run -> new SiteRun(SiteHomes.label(names, run.home()), run)).toList()), onResult, onFailure);
    }

    @Override
    public void close() {
        history.close();
    }
}

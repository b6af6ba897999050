package org.govsite.ui.audit;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.e4.ui.di.UISynchronize;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.history.AuditHistory;
import org.govsite.model.Platform;
import org.govsite.ui.session.UiJobs;

/**
 * The workbench's audits (in the application context): the audit history, the settings audits run with, and the
 * views told when the history changed (a run saved, a decision made). Listeners are called on the UI thread.
 */
public final class AuditCenter implements AutoCloseable {

    private final AuditHistory history;
    private final AuditSettings settings;
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    public AuditCenter(AuditHistory history, AuditSettings settings) {
        this.history = history;
        this.settings = settings;
    }

    public AuditHistory history() {
        return history;
    }

    public AuditSettings settings() {
        return settings;
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

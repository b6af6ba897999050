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
 * The workbench's audits (in the application context): the audit history, the settings audits run with (审计设置,
 * kept in the workspace), and the
 * views told when the history changed (a run saved, a decision made). Listeners are called on the UI thread.
 */
public final class AuditCenter implements AutoCloseable {

    private final AuditHistory history;
    private final AuditPreferencesFile preferencesFile;
    private volatile AuditPreferences preferences;
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

    /** @return the settings the next audits run with: the engine's defaults with the {@link #preferences()} */
    public AuditSettings settings() {
        return preferences.settings();
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

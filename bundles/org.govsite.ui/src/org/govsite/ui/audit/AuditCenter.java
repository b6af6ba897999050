package org.govsite.ui.audit;

import org.eclipse.core.runtime.ListenerList;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.history.AuditHistory;

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

    @Override
    public void close() {
        history.close();
    }
}

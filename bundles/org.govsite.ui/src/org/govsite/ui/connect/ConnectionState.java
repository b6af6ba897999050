package org.govsite.ui.connect;

import org.govsite.ui.Messages;

/** What the workbench knows of a connection right now. */
public enum ConnectionState {
    /** Not connected, or the server could not be reached: the workbench works from its local replica. */
    OFFLINE,
    /** The server answered and proved its pinned key; nobody logged in yet. */
    ONLINE,
    /** Logged in: signed calls possible. */
    LOGGED_IN;

    public String label() {
        return switch (this) {
            case OFFLINE -> Messages.State_offline;
            case ONLINE -> Messages.State_online;
            case LOGGED_IN -> Messages.State_loggedIn;
        };
    }
}

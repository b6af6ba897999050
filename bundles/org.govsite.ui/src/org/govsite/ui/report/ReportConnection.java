package org.govsite.ui.report;

import java.util.Optional;

import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionState;
import org.govsite.ui.connect.Connections;

/**
 * The connection the annual report talks to: the active connection (Connections view) when logged in, else the first
 * logged-in connection; none without connections or login.
 */
final class ReportConnection {

    private ReportConnection() {
    }

    static Optional<Connection> loggedIn(Connections connections) {
        if (connections == null) {
            return Optional.empty();
        }
        return connections.active().filter(c -> connections.state(c.id()) == ConnectionState.LOGGED_IN)
                .or(() -> connections.all().stream()
                        .filter(c -> connections.state(c.id()) == ConnectionState.LOGGED_IN).findFirst());
    }
}

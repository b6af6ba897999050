package org.govsite.ui.audit;

import java.util.stream.Stream;

import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionState;
import org.govsite.ui.connect.Connections;

/**
 * Who records a decision on findings: the platform operator logged in to a server (the active connection's when it is
 * logged in, else the first logged-in connection's), else the user of the operating system.
 */
final class DecisionOperators {
    private DecisionOperators() {
    }

    /** @param connections the workbench's connections, or null when there are none */
    static String current(Connections connections) {
        if (connections != null) {
            return Stream.concat(connections.active().stream(), connections.all().stream())
                    .filter(c -> connections.state(c.id()) == ConnectionState.LOGGED_IN).map(Connection::operator)
                    .findFirst().orElseGet(DecisionOperators::systemUser);
        }
        return systemUser();
    }

    private static String systemUser() {
        return System.getProperty("user.name"); //$NON-NLS-1$
    }
}

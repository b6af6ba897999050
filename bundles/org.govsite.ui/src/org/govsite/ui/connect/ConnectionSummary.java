package org.govsite.ui.connect;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.govsite.ui.Messages;

/** One line telling every connection's state, for the Connections view and the status bar. */
final class ConnectionSummary {

    private ConnectionSummary() {
    }

    static String of(List<Connection> all, Function<String, ConnectionState> state) {
        if (all.isEmpty()) {
            return Messages.Connections_none;
        }
        return all.stream().map(c -> NLS.bind(Messages.Connections_entry, c.name(), state.apply(c.id()).label()))
                .collect(Collectors.joining(" \u00b7 "));
    }
}

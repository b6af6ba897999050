package org.govsite.ui.connect;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.ClientException;
import org.govsite.demo.platform.DemoOperator;
import org.govsite.demo.platform.DemoPlatform;
import org.govsite.ui.Messages;
import org.govsite.ui.operators.OperatorRoles;

/**
 * The connections to the demo's embedded platform ({@link DemoPlatform}): one per demo operator (a role each), with
 * its key file and the platform's key pinned, pointed at the platform's address of this run (a free port each start).
 * Their ids name the platform's key, so that the connections of an earlier demo platform, created again with another
 * key, are removed rather than reused (their replica folders stay, as those of any connection deleted).
 */
public final class DemoConnections {

    static final String ID_PREFIX = "demo-"; //$NON-NLS-1$
    private static final int KEY_ID_DIGITS = 12;

    private DemoConnections() {
    }

    /**
     * Connects every demo connection (checks the pinned key: they show 在线 Online) and makes the first the active one
     * when none is; one the platform does not answer stays offline.
     */
    public static void connect(Connections connections, IProgressMonitor monitor) {
        List<Connection> demo = connections.all().stream().filter(c -> c.id().startsWith(ID_PREFIX)).toList();
        SubMonitor progress = SubMonitor.convert(monitor, demo.size());
        for (Connection connection : demo) {
            try {
                connections.connect(connection.id(), progress.split(1));
            } catch (ClientException e) {
                // offline, as any connection whose server does not answer; Connect tries again
            }
        }
        if (connections.active().isEmpty() && !demo.isEmpty()) {
            connections.setActive(demo.get(0).id());
        }
    }

    /** @return how many connections were added (none when the workspace already had them) */
    public static int keep(Connections connections, DemoPlatform platform) {
        String key = platform.fingerprint().substring(0, KEY_ID_DIGITS);
        connections.all().stream().filter(c -> c.id().startsWith(ID_PREFIX) && !c.id().endsWith(key))
                .forEach(c -> connections.delete(c.id()));
        int added = 0;
        for (DemoOperator operator : DemoOperator.values()) {
            Connection connection = new Connection(ID_PREFIX + operator.operatorName() + '-' + key,
                    NLS.bind(Messages.Demo_connectionName, OperatorRoles.label(operator.roleName())),
                    PlatformLevel.PROVINCE, platform.uri(), operator.operatorName(), platform.fingerprint(), ""); //$NON-NLS-1$
            if (connections.keep(connection, platform.keyFile(operator))) {
                added++;
            }
        }
        return added;
    }
}

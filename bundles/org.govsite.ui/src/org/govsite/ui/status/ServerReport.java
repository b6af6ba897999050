package org.govsite.ui.status;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.client.PlatformClient;
import org.govsite.client.ServerStatus;
import org.govsite.ui.Messages;

/**
 * What the Server Status view shows: the server's health answer, its status and how far this workbench's replica
 * is behind the change feed (lag = server head minus replica cursor).
 */
public record ServerReport(String health, ServerStatus status, long replicaCursor) {

    public long lag() {
        return Math.max(0, status.changeFeedHead() - replicaCursor);
    }

    public static ServerReport fetch(PlatformClient client, long replicaCursor, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Status_reading, 2);
        String health = client.get("/api/v1/health").path("status").asText();
        progress.worked(1);
        ServerStatus status = client.status();
        progress.worked(1);
        return new ServerReport(health, status, replicaCursor);
    }
}

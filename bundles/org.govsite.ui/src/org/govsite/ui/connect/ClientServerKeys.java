package org.govsite.ui.connect;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.client.ClientException;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.ui.Messages;

/** Fetches a server's key over the signed protocol ({@link PlatformClient#fetchServerIdentity()}, answer signature checked). */
public final class ClientServerKeys implements ServerKeys {

    @Override
    public String fingerprint(URI url, String operator, String caCertificate, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.NewConnection_fetching, 1);
        try (PlatformClient client = PlatformClient.open(new ConnectionSettings(url.getHost(), url, operator, null),
                ConnectionTrust.options(caCertificate))) {
            String fingerprint = client.fetchServerIdentity().fingerprint();
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.worked(1);
            return fingerprint;
        } catch (ClientException e) {
            throw new ConnectionException(e.getLocalizedMessage(), e);
        }
    }
}

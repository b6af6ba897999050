package org.govsite.ui.connect;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;

/** Fetches the fingerprint of a server's SM2 key for pinning (over the network: run it in a job or a wizard's run). */
@FunctionalInterface
public interface ServerKeys {

    /** @param caCertificate a CA certificate file its https trusts besides the JDK's ({@link ConnectionTrust}), empty: none */
    String fingerprint(URI url, String operator, String caCertificate, IProgressMonitor monitor);
}

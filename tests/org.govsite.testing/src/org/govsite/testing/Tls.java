package org.govsite.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** A self-signed certificate for 127.0.0.1, made by the JDK's keytool, for https test sites and the crawler trusting it. */
public final class Tls {
    public static final String PASSWORD = "changeit";

    private Tls() {
    }

    /** @return a new PKCS12 key store in {@code dir} with a key pair and a certificate for the IP 127.0.0.1 */
    public static Path keyStore(Path dir) throws Exception {
        Path store = dir.resolve("site.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return store;
    }

    /**
     * @param keyStore a key store made by {@link #keyStore}, or null
     * @return a connector of {@code jetty} on 127.0.0.1 (any free port) speaking https with the key store's
     *         certificate, or plain http when it is null
     */
    public static ServerConnector connector(Server jetty, Path keyStore) {
        ServerConnector connector;
        if (keyStore == null) {
            connector = new ServerConnector(jetty);
        } else {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(keyStore.toString());
            tls.setKeyStoreType("PKCS12");
            tls.setKeyStorePassword(PASSWORD);
            connector = new ServerConnector(jetty, tls);
        }
        connector.setHost("127.0.0.1");
        return connector;
    }

    /**
     * Writes the certificate of {@code store} to {@code file}, as a CA's certificate file would hold it.
     *
     * @param pem PEM (Base64 between the {@code BEGIN CERTIFICATE} lines, with a comment line before it) or DER
     * @return {@code file}
     */
    public static Path certificate(Path store, Path file, boolean pem) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        byte[] der = keys.getCertificate("site").getEncoded();
        if (pem) {
            Files.writeString(file, "测试 CA\n-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END CERTIFICATE-----\n");
        } else {
            Files.write(file, der);
        }
        return file;
    }

    /** @return a TLS context trusting the certificate of {@code store} */
    public static SSLContext trusting(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}

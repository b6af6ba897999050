package org.govsite.audit.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.Messages;

/**
 * Certificate authorities that https connections trust besides the JDK's own ({@link CrawlSettings#sslContext()}):
 * the root of a provincial, intranet (政务外网) or other private CA the JDK's trust store lacks, given as files of
 * X.509 certificates (PEM, one or several per file, or DER), as {@code curl --cacert} takes them. The JDK still
 * checks every chain, host name and validity period; these certificates are only added as trust anchors.
 */
public final class TrustedCertificates {

    /** Why a certificate file could not be used. */
    public enum Trouble {
        /** there is no such file */
        MISSING,
        /** the file could not be read */
        UNREADABLE,
        /** the file holds no X.509 certificate in PEM or DER */
        NO_CERTIFICATE
    }

    /**
     * A certificate file that could not be used: which one, why, and the underlying detail; its localized message
     * says so in the workbench's language.
     */
    public static final class FileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final Trouble trouble;

        FileException(String file, Trouble trouble, Exception cause) {
            super(file + ": " + trouble + (cause == null ? "" : " (" + cause.getMessage() + ')'), cause); //$NON-NLS-1$ //$NON-NLS-2$
            this.file = file;
            this.trouble = trouble;
        }

        /** @return the file as named */
        public String file() {
            return file;
        }

        @Override
        public String getLocalizedMessage() {
            return switch (trouble) {
            case MISSING -> NLS.bind(Messages.CaMissing, file);
            case UNREADABLE -> NLS.bind(Messages.CaUnreadable, file, detail());
            case NO_CERTIFICATE -> NLS.bind(Messages.CaNoCertificate, file);
            };
        }

        /** @return why it could not be used */
        public Trouble trouble() {
            return trouble;
        }

        /** @return the reader's own explanation, or an empty string */
        public String detail() {
            return getCause() == null || getCause().getMessage() == null ? "" : getCause().getMessage(); //$NON-NLS-1$
        }
    }

    private TrustedCertificates() {
    }

    /**
     * @param files files of CA certificates to trust as well; empty: the JDK's default (null)
     * @return a TLS context trusting the JDK's authorities and every certificate of {@code files}, or null when
     *         {@code files} is empty
     * @throws FileException for the first file that cannot be read or holds no certificate
     */
    public static SSLContext sslContext(List<Path> files) throws FileException {
        if (files.isEmpty()) {
            return null;
        }
        List<X509Certificate> extra = new ArrayList<>();
        for (Path file : files) {
            extra.addAll(read(file));
        }
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int alias = 0;
            for (X509Certificate authority : JdkAuthorities.ALL) {
                anchors.setCertificateEntry("jdk-" + alias++, authority); //$NON-NLS-1$
            }
            for (X509Certificate authority : extra) {
                anchors.setCertificateEntry("added-" + alias++, authority); //$NON-NLS-1$
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK cannot build a trust store", e); //$NON-NLS-1$
        }
    }

    /**
     * @param names files as a user named them (settings, a batch)
     * @return them as paths
     * @throws FileException (unreadable) for the first that cannot be a path
     */
    public static List<Path> paths(List<String> names) throws FileException {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            try {
                paths.add(Path.of(name));
            } catch (InvalidPathException e) {
                throw new FileException(name, Trouble.UNREADABLE, e);
            }
        }
        return paths;
    }

    /**
     * @param name a certificate file as a user named it (a settings line, a connection's CA certificate)
     * @return why it cannot be trusted, in the workbench's language ({@link FileException#getLocalizedMessage()});
     *         empty when it holds certificates. Reads the file only: cheap enough to check as the name is typed.
     */
    public static Optional<String> problem(String name) {
        try {
            read(paths(List.of(name)).get(0));
            return Optional.empty();
        } catch (FileException e) {
            return Optional.of(e.getLocalizedMessage());
        }
    }

    /**
     * @return the X.509 certificates of {@code file}: PEM (every {@code BEGIN CERTIFICATE} block) or DER
     * @throws FileException when it cannot be read or holds none
     */
    public static List<X509Certificate> read(Path file) throws FileException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in); //$NON-NLS-1$
        } catch (NoSuchFileException e) {
            throw new FileException(file.toString(), Trouble.MISSING, e);
        } catch (IOException | RuntimeException e) {
            throw new FileException(file.toString(), Trouble.UNREADABLE, e);
        } catch (CertificateException e) {
            throw new FileException(file.toString(), Trouble.NO_CERTIFICATE, e);
        }
        List<X509Certificate> x509 = certificates.stream().filter(X509Certificate.class::isInstance)
                .map(X509Certificate.class::cast).toList();
        if (x509.isEmpty()) {
            throw new FileException(file.toString(), Trouble.NO_CERTIFICATE, null);
        }
        return x509;
    }

    /** The JDK's trusted authorities, read once (a settings page builds a context on each keystroke). */
    private static final class JdkAuthorities {
        static final List<X509Certificate> ALL = read();

        private static List<X509Certificate> read() {
            try {
                TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                jdk.init((KeyStore) null);
                List<X509Certificate> authorities = new ArrayList<>();
                for (TrustManager manager : jdk.getTrustManagers()) {
                    if (manager instanceof X509TrustManager x509) {
                        authorities.addAll(Arrays.asList(x509.getAcceptedIssuers()));
                    }
                }
                return List.copyOf(authorities);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK's trust store cannot be read", e); //$NON-NLS-1$
            }
        }
    }
}

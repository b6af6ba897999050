package org.govsite.audit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.net.ssl.SSLContext;

import org.govsite.audit.crawl.TrustedCertificates;
import org.govsite.audit.export.Texts;

/**
 * A command line's arguments read one by one, with the option-value readers shared by {@code govsite audit} and
 * {@code govsite report}: their errors are {@link UsageException}s in the language of the command line's
 * {@code --lang} (this package's messages). Options take their value as the next argument ({@code --year 2026}, not
 * {@code --year=2026}). The options every command has ({@code --help}/{@code -h}, {@code --lang zh|en}) are read
 * here: {@link #nextOption()} gives the others.
 */
public final class Arguments {
    private final ListIterator<String> it;
    private final Texts text;
    private boolean help;

    /** @param args the command line, after the command's name */
    public Arguments(List<String> args) {
        it = args.listIterator();
        text = new Texts("org.govsite.audit.cli.messages", Texts.language(args)); //$NON-NLS-1$
    }

    /**
     * Reads the arguments up to the next one that is not a common option ({@code --help}, {@code -h}: noted for
     * {@link #help()}; {@code --lang}: its value checked, the language being chosen already).
     *
     * @return that argument (a command's option or a free argument), null when none is left
     * @throws UsageException if {@code --lang} has no value or another than {@code zh} and {@code en}
     */
    public String nextOption() throws UsageException {
        while (it.hasNext()) {
            String argument = it.next();
            switch (argument) {
            case "--help", "-h" -> help = true; //$NON-NLS-1$ //$NON-NLS-2$
            case "--lang" -> choice(argument, value(argument), List.of("zh", "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> {
                return argument;
            }
            }
        }
        return null;
    }

    /** @return whether {@code --help} (or {@code -h}) was among the arguments read */
    public boolean help() {
        return help;
    }

    /**
     * @param option the option whose value this is, for the message
     * @return the next argument, whatever it is
     * @throws UsageException if there is none
     */
    public String value(String option) throws UsageException {
        if (!it.hasNext()) {
            throw new UsageException(text.get("MissingValue", option)); //$NON-NLS-1$
        }
        return it.next();
    }

    /**
     * @param option the option whose values these are
     * @return every argument up to the next option (one starting with {@code --}), at least one
     * @throws UsageException if there is none
     */
    public List<String> values(String option) throws UsageException {
        List<String> values = new ArrayList<>();
        while (it.hasNext()) {
            String value = it.next();
            if (value.startsWith("--")) { //$NON-NLS-1$
                it.previous();
                break;
            }
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new UsageException(text.get("MissingValue", option)); //$NON-NLS-1$
        }
        return values;
    }

    /**
     * @param option the option
     * @return its one value: the arguments up to the next option must be exactly one
     * @throws UsageException if there are none or several
     */
    public String single(String option) throws UsageException {
        List<String> values = values(option);
        if (values.size() > 1) {
            throw new UsageException(text.get("OneValue", option)); //$NON-NLS-1$
        }
        return values.get(0);
    }

    /**
     * @param option the option
     * @param value its value
     * @return the value as a path
     * @throws UsageException if it cannot be one
     */
    public Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(text.get("BadPath", option, value)); //$NON-NLS-1$
        }
    }

    /**
     * @param option the option
     * @param value its value
     * @return the value as a regular expression
     * @throws UsageException if it is none
     */
    public Pattern pattern(String option, String value) throws UsageException {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new UsageException(text.get("BadRegex", option, value)); //$NON-NLS-1$
        }
    }

    /**
     * @param option the option naming the files ({@code --ca-certs})
     * @param files files of CA certificates, PEM or DER
     * @return a TLS context trusting the JDK's authorities and those of {@code files}, null when there are none
     * @throws UsageException naming the first file that cannot be read or holds no certificate
     */
    public SSLContext trusting(String option, List<Path> files) throws UsageException {
        try {
            return TrustedCertificates.sslContext(files);
        } catch (TrustedCertificates.FileException e) {
            String key = switch (e.trouble()) {
            case MISSING -> "CaMissing"; //$NON-NLS-1$
            case UNREADABLE -> "CaUnreadable"; //$NON-NLS-1$
            case NO_CERTIFICATE -> "CaNoCertificate"; //$NON-NLS-1$
            };
            throw new UsageException(text.get(key, option, e.file(), e.detail()));
        }
    }

    /**
     * @param option the option
     * @param value its value
     * @param allowed the values it takes
     * @return the value
     * @throws UsageException if it is not one of them
     */
    public String choice(String option, String value, List<String> allowed) throws UsageException {
        if (!allowed.contains(value)) {
            throw new UsageException(text.get("BadChoice", option, value, String.join("|", allowed))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    /** @return the error for an argument that is no option of the command */
    public UsageException unknownOption(String argument) {
        return new UsageException(text.get("UnknownOption", argument)); //$NON-NLS-1$
    }
}

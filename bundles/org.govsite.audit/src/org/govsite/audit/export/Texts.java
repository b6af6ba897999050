package org.govsite.audit.export;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ResourceBundle.Control;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of one message bundle of this bundle (a {@code messages.properties} and its {@code _zh} sibling) in a
 * language chosen by the caller, whatever the JVM's locale: the engine's NLS {@code Messages} follow the JVM's locale,
 * fixed when first loaded, while a report or the command line is written in the language asked for. A language
 * without its own file (English: {@link Locale#ROOT} or {@link Locale#ENGLISH}) gets the base file.
 */
public final class Texts {
    private static final Control NO_FALLBACK = Control.getNoFallbackControl(Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    /**
     * @param bundleName the bundle's base name, e.g. {@code org.govsite.audit.cli.messages}
     * @param language the language wanted
     */
    public Texts(String bundleName, Locale language) {
        this(bundleName, language, Texts.class.getClassLoader());
    }

    /**
     * Texts of another bundle's message files.
     *
     * @param bundleName the bundle's base name
     * @param language the language wanted
     * @param loader the class loader seeing the files (that of a class beside them)
     */
    public Texts(String bundleName, Locale language, ClassLoader loader) {
        bundle = ResourceBundle.getBundle(bundleName, language, loader, NO_FALLBACK);
    }

    /**
     * @param args a command line's arguments
     * @return the language its {@code --lang} option chooses: English ({@link Locale#ROOT}) for {@code en}, else Chinese
     *         (the default; the command reports a wrong value when it parses its options)
     */
    public static Locale language(List<String> args) {
        int at = args.indexOf("--lang"); //$NON-NLS-1$
        return at >= 0 && at + 1 < args.size() && "en".equals(args.get(at + 1)) ? Locale.ROOT : Locale.CHINESE; //$NON-NLS-1$
    }

    /** @return the text of this key, its {0}, {1}, ... bound to the arguments (NLS.bind) */
    public String get(String key, Object... args) {
        return NLS.bind(bundle.getString(key), args);
    }
}

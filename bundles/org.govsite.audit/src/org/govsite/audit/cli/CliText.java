package org.govsite.audit.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ResourceBundle.Control;

import org.eclipse.osgi.util.NLS;

/**
 * The command's texts and the rules' messages in the language chosen with {@code --lang}, whatever the JVM's locale
 * (the engine's {@code Messages} follow the JVM's locale, fixed when first loaded).
 */
final class CliText {
    private static final Control NO_FALLBACK = Control.getNoFallbackControl(Control.FORMAT_PROPERTIES);

    private final ResourceBundle texts;
    private final ResourceBundle rules;

    CliText(Locale language) {
        texts = load("org.govsite.audit.cli.messages", language); //$NON-NLS-1$
        rules = load("org.govsite.audit.messages", language); //$NON-NLS-1$
    }

    private static ResourceBundle load(String name, Locale language) {
        return ResourceBundle.getBundle(name, language, CliText.class.getClassLoader(), NO_FALLBACK);
    }

    /** @return the command's text of this key, bound to the arguments */
    String get(String key, Object... args) {
        return NLS.bind(texts.getString(key), args);
    }

    /** @return the message of a rule (e.g. LINK-BROKEN): {0} the target or page, {1} the evidence */
    String rule(String ruleId, Object subject, String evidence) {
        return NLS.bind(rules.getString(ruleId.replace('-', '_')), subject, evidence);
    }
}

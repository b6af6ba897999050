package org.govsite.model.validation;

import static org.govsite.model.validation.Severity.ERROR;
import static org.govsite.model.validation.Severity.WARNING;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

/**
 * The validation rules, each with a stable id, a severity and a localized message. docs/rules.md describes every rule
 * and cites its source.
 */
public enum Rule {
    REQUIRED("GS-REQUIRED", ERROR, 1, () -> Messages.GS_REQUIRED),
    REFERENCE_DANGLING("GS-REFERENCE-DANGLING", ERROR, 2, () -> Messages.GS_REFERENCE_DANGLING),
    DOMAIN_SYNTAX("GS-DOMAIN-SYNTAX", ERROR, 10, () -> Messages.GS_DOMAIN_SYNTAX),
    DOMAIN_SUFFIX("GS-DOMAIN-SUFFIX", ERROR, 11, () -> Messages.GS_DOMAIN_SUFFIX),
    DOMAIN_PORTAL("GS-DOMAIN-PORTAL", ERROR, 12, () -> Messages.GS_DOMAIN_PORTAL),
    DOMAIN_DEPARTMENT("GS-DOMAIN-DEPARTMENT", ERROR, 13, () -> Messages.GS_DOMAIN_DEPARTMENT),
    DOMAIN_UNIQUE("GS-DOMAIN-UNIQUE", ERROR, 14, () -> Messages.GS_DOMAIN_UNIQUE),
    IDCODE_FORMAT("GS-IDCODE-FORMAT", ERROR, 20, () -> Messages.GS_IDCODE_FORMAT),
    IDCODE_DIVISION("GS-IDCODE-DIVISION", ERROR, 21, () -> Messages.GS_IDCODE_DIVISION),
    IDCODE_UNIQUE("GS-IDCODE-UNIQUE", ERROR, 22, () -> Messages.GS_IDCODE_UNIQUE),
    SITE_PER_ORGANISATION("GS-SITE-PER-ORGANISATION", ERROR, 30, () -> Messages.GS_SITE_PER_ORGANISATION),
    COLUMNS_REQUIRED("GS-COLUMNS-REQUIRED", ERROR, 40, () -> Messages.GS_COLUMNS_REQUIRED),
    CHANNEL_COUNT("GS-CHANNEL-COUNT", WARNING, 41, () -> Messages.GS_CHANNEL_COUNT),
    PATH_SYNTAX("GS-PATH-SYNTAX", ERROR, 50, () -> Messages.GS_PATH_SYNTAX),
    PATH_UNIQUE("GS-PATH-UNIQUE", ERROR, 51, () -> Messages.GS_PATH_UNIQUE),
    TOPIC_ARCHIVED_HOME("GS-TOPIC-ARCHIVED-HOME", ERROR, 60, () -> Messages.GS_TOPIC_ARCHIVED_HOME),
    TOPIC_ARCHIVED_DATE("GS-TOPIC-ARCHIVED-DATE", ERROR, 61, () -> Messages.GS_TOPIC_ARCHIVED_DATE),
    OFFLINE_DATES("GS-OFFLINE-DATES", ERROR, 70, () -> Messages.GS_OFFLINE_DATES),
    OFFLINE_DURATION("GS-OFFLINE-DURATION", ERROR, 71, () -> Messages.GS_OFFLINE_DURATION),
    COLOUR_FORMAT("GS-COLOUR-FORMAT", ERROR, 80, () -> Messages.GS_COLOUR_FORMAT);

    private final String id;
    private final Severity severity;
    private final int code;
    private final Supplier<String> template;

    Rule(String id, Severity severity, int code, Supplier<String> template) {
        this.id = id;
        this.severity = severity;
        this.code = code;
        this.template = template;
    }

    /** The stable id, e.g. {@code GS-DOMAIN-PORTAL}; also the key of the message (with '-' read as '_'). */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The stable EMF diagnostic code of this rule (source {@link GovSiteValidator#DIAGNOSTIC_SOURCE}). */
    public int code() {
        return code;
    }

    /** The localized message with the given values filled in. */
    public String message(Object... values) {
        return NLS.bind(template.get(), values);
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}

package org.govsite.report;

import java.util.Locale;

import org.govsite.audit.export.Texts;

/**
 * The annual report's labels in one language ({@code messages*.properties} of this package), whatever the JVM's
 * locale: {@link Locale#CHINESE} (any {@code zh} locale) or {@link Locale#ROOT}/{@link Locale#ENGLISH}.
 */
public final class ReportTexts {
    /** English, one of the two languages of every label and problem message. */
    public static final ReportTexts ENGLISH = new ReportTexts(Locale.ROOT);
    /** Chinese, the other. */
    public static final ReportTexts CHINESE = new ReportTexts(Locale.CHINESE);

    private final Texts texts;

    private ReportTexts(Locale language) {
        texts = new Texts("org.govsite.report.messages", language, ReportTexts.class.getClassLoader()); //$NON-NLS-1$
    }

    /** @return the texts of this language: Chinese for a {@code zh} locale, else English */
    public static ReportTexts of(Locale language) {
        return "zh".equals(language.getLanguage()) ? CHINESE : ENGLISH; //$NON-NLS-1$
    }

    /** @return the text of this key with its arguments bound */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** @return the row's label as the template prints it */
    public String label(ReportRow row) {
        return texts.get("Row_" + row.name()); //$NON-NLS-1$
    }

    /** @return the section's header */
    public String label(Section section) {
        return texts.get("Section_" + section.name()); //$NON-NLS-1$
    }

    /** @return the unit, empty for {@link Unit#NONE} */
    public String label(Unit unit) {
        return unit == Unit.NONE ? "" : texts.get("Unit_" + unit.name()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the site type's name */
    public String label(SiteType type) {
        return texts.get("SiteType_" + type.name()); //$NON-NLS-1$
    }

    /** @return 是/否 (Yes/No) */
    public String flag(boolean value) {
        return texts.get(value ? "Yes" : "No"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a row's value as text for a text cell: flags and site types by their label, others as they are */
    public String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag(flag.booleanValue());
        }
        if (value instanceof SiteType type) {
            return label(type);
        }
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }
}

package org.govsite.report;

/** What a row's value is, hence how it is validated, carried over to next year and written to a cell. */
public enum RowKind {
    /** Free text, kept for next year. */
    TEXT(true),
    /** One of {@link SiteType}, kept. */
    SITE_TYPE(true),
    /** A non-negative whole number, a number cell; cleared for next year. */
    COUNT(false),
    /** A non-negative decimal (average days), a number cell; cleared. */
    DECIMAL(false),
    /** 是/否, kept. */
    FLAG(true),
    /** A Chinese telephone number, kept. */
    PHONE(true),
    /** An ISO date (yyyy-MM-dd), cleared. */
    DATE(false);

    private final boolean carriedOver;

    RowKind(boolean carriedOver) {
        this.carriedOver = carriedOver;
    }

    /** @return whether {@link ManualFields#carryOver} keeps values of this kind for next year */
    public boolean carriedOver() {
        return carriedOver;
    }

    /** @return whether values of this kind are numbers (number cells, province columns, totals) */
    public boolean numeric() {
        return this == COUNT || this == DECIMAL;
    }
}

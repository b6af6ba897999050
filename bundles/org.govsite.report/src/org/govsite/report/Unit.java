package org.govsite.report;

/** The unit printed beside a row's value; labels in {@code messages*.properties} (个, 次, 条, 天, 件, 期, 人次). */
public enum Unit {
    NONE, ITEMS, TIMES, ENTRIES, DAYS, CASES, ISSUES, PERSON_TIMES
}

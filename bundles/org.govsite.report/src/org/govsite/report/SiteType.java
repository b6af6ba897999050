package org.govsite.report;

/** 网站类型 of the annual report: 门户网站, 部门网站, 专项网站; labels in {@code messages*.properties}. */
public enum SiteType {
    PORTAL, DEPARTMENT, SPECIAL
}

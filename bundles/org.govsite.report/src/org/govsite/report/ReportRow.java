package org.govsite.report;

import java.util.function.Function;

/**
 * Every row of the 政府网站工作年度报表 (国办函〔2018〕12号, docs/reports.md "Rows") in the template's order, with its
 * section, unit, kind of value and source. Labels (Chinese and English) are in {@code messages*.properties} under the
 * row's name. Platform rows read their value from {@link SiteStatistics}; a few of them ({@link #overridable()}) may be
 * replaced by a value the operator enters; manual rows marked {@link #required()} must be filled before export.
 */
public enum ReportRow {
    SITE_NAME(Section.SITE, Unit.NONE, RowKind.TEXT, SiteStatistics::siteName),
    HOME_URL(Section.SITE, Unit.NONE, RowKind.TEXT, s -> "http://" + s.host() + "/"), //$NON-NLS-1$ //$NON-NLS-2$
    SPONSOR(Section.SITE, RowKind.TEXT, true),
    SITE_TYPE(Section.SITE, RowKind.SITE_TYPE, true),
    ID_CODE(Section.SITE, Unit.NONE, RowKind.TEXT, SiteStatistics::idCode),
    ICP_NUMBER(Section.SITE, RowKind.TEXT, true),
    POLICE_NUMBER(Section.SITE, RowKind.TEXT, true),
    UNIQUE_VISITORS(Section.SITE, Unit.ITEMS, Source.LOGS),
    TOTAL_VISITS(Section.SITE, Unit.TIMES, Source.LOGS),

    ARTICLES_TOTAL(Section.PUBLISHING, Unit.ENTRIES, RowKind.COUNT, s -> s.articles().total()),
    ARTICLES_OVERVIEW(Section.PUBLISHING, Unit.ENTRIES, RowKind.COUNT, s -> s.articles().overview()),
    ARTICLES_NEWS(Section.PUBLISHING, Unit.ENTRIES, RowKind.COUNT, s -> s.articles().news()),
    ARTICLES_CATALOGUE(Section.PUBLISHING, Unit.ENTRIES, RowKind.COUNT, s -> s.articles().catalogue()),

    TOPICS_MAINTAINED(Section.TOPICS, Unit.ITEMS, RowKind.COUNT, s -> s.topics().maintained()),
    TOPICS_OPENED(Section.TOPICS, Unit.ITEMS, RowKind.COUNT, s -> s.topics().opened()),

    INTERPRETATIONS_TOTAL(Section.INTERPRETATION, Unit.ENTRIES, RowKind.COUNT, s -> s.interpretations().total()),
    INTERPRETATION_MATERIALS(Section.INTERPRETATION, Unit.ENTRIES, RowKind.COUNT,
            s -> s.interpretations().materials()),
    INTERPRETATION_PRODUCTS(Section.INTERPRETATION, Unit.ENTRIES, RowKind.COUNT, s -> s.interpretations().products()),
    MEDIA_COMMENTS(Section.INTERPRETATION, Unit.ENTRIES, RowKind.COUNT, s -> s.interpretations().mediaComments()),
    HOTSPOT_RESPONSES(Section.INTERPRETATION, Unit.TIMES, RowKind.COUNT, SiteStatistics::hotspotResponses),

    SERVICE_CATALOGUE(Section.SERVICES, Unit.NONE, RowKind.FLAG, s -> s.services().catalogue()),
    REGISTERED_USERS(Section.SERVICES, Unit.ITEMS, RowKind.COUNT, s -> s.services().registeredUsers()),
    SERVICE_ITEMS(Section.SERVICES, Unit.ITEMS, RowKind.COUNT, s -> s.services().items()),
    ONLINE_ITEMS(Section.SERVICES, Unit.ITEMS, RowKind.COUNT, s -> s.services().onlineItems()),
    CASES_TOTAL(Section.SERVICES, Unit.CASES, RowKind.COUNT, s -> s.services().cases().total()),
    CASES_PERSONS(Section.SERVICES, Unit.CASES, RowKind.COUNT, s -> s.services().cases().persons()),
    CASES_LEGAL_ENTITIES(Section.SERVICES, Unit.CASES, RowKind.COUNT, s -> s.services().cases().legalEntities()),

    UNIFIED_PLATFORM(Section.INTERACTION, RowKind.FLAG, true),
    MESSAGES_RECEIVED(Section.INTERACTION, Unit.ENTRIES, RowKind.COUNT, s -> s.messages().received()),
    MESSAGES_CLOSED(Section.INTERACTION, Unit.ENTRIES, RowKind.COUNT, s -> s.messages().closed()),
    MESSAGES_AVERAGE_DAYS(Section.INTERACTION, Unit.DAYS, RowKind.DECIMAL, s -> s.messages().averageDays()),
    MESSAGES_PUBLIC(Section.INTERACTION, Unit.ENTRIES, RowKind.COUNT, s -> s.messages().public_()),
    SOLICITATIONS(Section.INTERACTION, Unit.ISSUES, RowKind.COUNT, s -> s.solicitations().count()),
    SOLICITATION_OPINIONS(Section.INTERACTION, Unit.ENTRIES, RowKind.COUNT, s -> s.solicitations().opinions()),
    SOLICITATION_RESULTS(Section.INTERACTION, Unit.ISSUES, RowKind.COUNT,
            s -> s.solicitations().resultsPublished()),
    INTERVIEWS(Section.INTERACTION, Unit.ISSUES, RowKind.COUNT, s -> s.interviews().count()),
    INTERVIEW_QUESTIONS(Section.INTERACTION, Unit.ENTRIES, RowKind.COUNT, s -> s.interviews().questions()),
    INTERVIEW_ANSWERS(Section.INTERACTION, Unit.ENTRIES, RowKind.COUNT, s -> s.interviews().answers()),
    SMART_QA(Section.INTERACTION, RowKind.FLAG, true),

    SECURITY_ASSESSMENTS(Section.SECURITY, Unit.TIMES, true),
    SECURITY_PROBLEMS(Section.SECURITY, Unit.ITEMS, true),
    SECURITY_FIXED(Section.SECURITY, Unit.ITEMS, true),
    SECURITY_MONITORING(Section.SECURITY, RowKind.FLAG, true),
    SECURITY_DRILLS(Section.SECURITY, RowKind.FLAG, true),
    SECURITY_OFFICER(Section.SECURITY, RowKind.FLAG, true),

    NEW_MEDIA(Section.NEW_MEDIA, RowKind.FLAG, true),
    WEIBO_NAME(Section.NEW_MEDIA, RowKind.TEXT, false),
    WEIBO_POSTS(Section.NEW_MEDIA, Unit.ENTRIES, false),
    WEIBO_FOLLOWERS(Section.NEW_MEDIA, Unit.ITEMS, false),
    WECHAT_NAME(Section.NEW_MEDIA, RowKind.TEXT, false),
    WECHAT_POSTS(Section.NEW_MEDIA, Unit.ENTRIES, false),
    WECHAT_SUBSCRIBERS(Section.NEW_MEDIA, Unit.ITEMS, false),
    NEW_MEDIA_OTHER(Section.NEW_MEDIA, RowKind.TEXT, false),

    SEARCH_SERVICE(Section.INNOVATION, RowKind.FLAG, true),
    MULTILINGUAL(Section.INNOVATION, RowKind.FLAG, true),
    ACCESSIBILITY(Section.INNOVATION, RowKind.FLAG, true),
    PERSONALISED(Section.INNOVATION, RowKind.FLAG, true),
    INNOVATION_OTHER(Section.INNOVATION, RowKind.TEXT, false),

    HEAD(Section.SIGN_OFF, RowKind.TEXT, true),
    REVIEWER(Section.SIGN_OFF, RowKind.TEXT, true),
    FILLER(Section.SIGN_OFF, RowKind.TEXT, true),
    PHONE(Section.SIGN_OFF, RowKind.PHONE, true),
    FILLED_ON(Section.SIGN_OFF, RowKind.DATE, true);

    private final Section section;
    private final Unit unit;
    private final RowKind kind;
    private final Source source;
    private final boolean required;
    private final Function<SiteStatistics, Object> platform;

    /** A platform row. */
    ReportRow(Section section, Unit unit, RowKind kind, Function<SiteStatistics, Object> platform) {
        this(section, unit, kind, Source.PLATFORM, false, platform);
    }

    /** An access-log count. */
    ReportRow(Section section, Unit unit, Source source) {
        this(section, unit, RowKind.COUNT, source, false, null);
    }

    /** A manual count. */
    ReportRow(Section section, Unit unit, boolean required) {
        this(section, unit, RowKind.COUNT, Source.MANUAL, required, null);
    }

    /** A manual row without unit. */
    ReportRow(Section section, RowKind kind, boolean required) {
        this(section, Unit.NONE, kind, Source.MANUAL, required, null);
    }

    ReportRow(Section section, Unit unit, RowKind kind, Source source, boolean required,
            Function<SiteStatistics, Object> platform) {
        this.section = section;
        this.unit = unit;
        this.kind = kind;
        this.source = source;
        this.required = required;
        this.platform = platform;
    }

    /** @return the template section holding this row */
    public Section section() {
        return section;
    }

    /** @return the unit printed beside the value */
    public Unit unit() {
        return unit;
    }

    /** @return what the value is */
    public RowKind kind() {
        return kind;
    }

    /** @return where the value comes from */
    public Source source() {
        return source;
    }

    /** @return whether a manual row must be filled before export */
    public boolean required() {
        return required;
    }

    /**
     * @return whether the operator may enter this row although the platform knows it: 注册用户数 (the platform reports 0
     *         without a user system) and 是否发布服务事项目录
     */
    public boolean overridable() {
        return this == REGISTERED_USERS || this == SERVICE_CATALOGUE;
    }

    /** @return whether {@link ManualFields} may hold a value for this row */
    public boolean entered() {
        return source == Source.MANUAL || overridable();
    }

    /** @return the platform's value of this row (Long, Double, Boolean or String); only for platform rows */
    Object platformValue(SiteStatistics statistics) {
        return platform.apply(statistics);
    }
}

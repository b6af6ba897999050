package org.govsite.model.guide;

import static org.govsite.model.ColumnCategory.DATA_OPENING;
import static org.govsite.model.ColumnCategory.DATA_RELEASE;
import static org.govsite.model.ColumnCategory.INTERACTION;
import static org.govsite.model.ColumnCategory.INTERPRETATION;
import static org.govsite.model.ColumnCategory.LEADERS;
import static org.govsite.model.ColumnCategory.NEWS;
import static org.govsite.model.ColumnCategory.OPEN_GOVERNMENT;
import static org.govsite.model.ColumnCategory.ORGANISATION;
import static org.govsite.model.ColumnCategory.OVERVIEW;
import static org.govsite.model.ColumnCategory.POLICY;
import static org.govsite.model.ColumnCategory.SERVICE;
import static org.govsite.model.ColumnCategory.TOPIC;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.ids.Ids;

/**
 * The Guide's column rules as data (国办发〔2017〕47号 附件《政府网站网页设计规范》一（三）2 and 四; inspection
 * indicators 国办秘函〔2019〕19号). See docs/rules.md.
 */
public final class GuideRules {

    /** A local site's 政府网站标识码: the 6-digit division code (GB/T 2260) and a 4-digit serial. */
    public static final Pattern LOCAL_ID_CODE = Pattern.compile("[0-9]{10}"); //$NON-NLS-1$
    /** A State Council department's 政府网站标识码: bm and 8 digits. */
    public static final Pattern MINISTRY_ID_CODE = Pattern.compile("bm[0-9]{8}"); //$NON-NLS-1$

    /** Stale after 2 weeks: news columns (动态、要闻), single-veto item of the inspection indicators. */
    public static final int NEWS_UPDATE_PERIOD_DAYS = 14;
    /** Stale after 6 months: first-level policy document and notice columns (政策文件、通知公告). */
    public static final int POLICY_UPDATE_PERIOD_DAYS = 180;
    /** No update period is prescribed for the other categories. */
    public static final int NO_UPDATE_PERIOD = 0;

    /** 政府门户网站和部门网站应设置机构职能、负责人信息、政策文件、解读回应、工作动态、互动交流类栏目. */
    private static final Set<ColumnCategory> COMMON_REQUIRED = Collections
            .unmodifiableSet(EnumSet.of(ORGANISATION, LEADERS, POLICY, INTERPRETATION, NEWS, INTERACTION));
    /** 政府门户网站……还要提供办事服务功能. */
    private static final Set<ColumnCategory> PORTAL_REQUIRED = Collections
            .unmodifiableSet(EnumSet.of(ORGANISATION, LEADERS, POLICY, INTERPRETATION, NEWS, INTERACTION, SERVICE));

    private static final Map<ColumnCategory, StandardColumn> STANDARD = standardColumns();

    private GuideRules() {
    }

    /** The column categories every site of this kind must have at the top level; special-topic sites have none. */
    public static Set<ColumnCategory> requiredCategories(SiteKind kind) {
        return switch (kind) {
        case PORTAL -> PORTAL_REQUIRED;
        case DEPARTMENT -> COMMON_REQUIRED;
        case SPECIAL -> Set.of();
        };
    }

    /**
     * Adds one top-level column for each required category the site lacks, with the standard Chinese name, the standard
     * path segment (suffixed with -2, -3, ... if a sibling already uses it), the category and a new id.
     */
    public static void seedRequiredColumns(Site site) {
        Set<ColumnCategory> present = EnumSet.noneOf(ColumnCategory.class);
        Set<String> segments = new HashSet<>();
        for (Column column : site.getColumns()) {
            present.add(column.getCategory());
            segments.add(column.getPathSegment());
        }
        for (ColumnCategory category : requiredCategories(site.getKind())) {
            if (!present.contains(category)) {
                StandardColumn standard = STANDARD.get(category);
                Column column = GovSiteFactory.eINSTANCE.createColumn();
                column.setId(Ids.newId());
                column.setName(standard.name());
                column.setCategory(category);
                column.setPathSegment(freeSegment(standard.pathSegment(), segments));
                segments.add(column.getPathSegment());
                site.getColumns().add(column);
            }
        }
    }

    /** The standard Chinese column name of a category, e.g. 政策文件, if the Guide names one. */
    public static Optional<String> standardName(ColumnCategory category) {
        return Optional.ofNullable(STANDARD.get(category)).map(StandardColumn::name);
    }

    /** The standard path segment of a category, e.g. zcwj, if the Guide names the category. */
    public static Optional<String> standardPathSegment(ColumnCategory category) {
        return Optional.ofNullable(STANDARD.get(category)).map(StandardColumn::pathSegment);
    }

    /**
     * Days after which a column of this category counts as not updated: 14 for news, 180 for policy documents, otherwise
     * {@link #NO_UPDATE_PERIOD} (none prescribed). A column overrides it with a positive
     * {@link Column#getUpdatePeriodDays()}.
     */
    public static int defaultUpdatePeriodDays(ColumnCategory category) {
        return switch (category) {
        case NEWS -> NEWS_UPDATE_PERIOD_DAYS;
        case POLICY -> POLICY_UPDATE_PERIOD_DAYS;
        default -> NO_UPDATE_PERIOD;
        };
    }

    /** The column's own update period when positive, else its category default; 0 means none. */
    public static int effectiveUpdatePeriodDays(Column column) {
        int own = column.getUpdatePeriodDays();
        return own > 0 ? own : defaultUpdatePeriodDays(column.getCategory());
    }

    private static String freeSegment(String wanted, Set<String> taken) {
        String segment = wanted;
        for (int n = 2; taken.contains(segment); n++) {
            segment = wanted + '-' + n;
        }
        return segment;
    }

    private static Map<ColumnCategory, StandardColumn> standardColumns() {
        Map<ColumnCategory, StandardColumn> map = new EnumMap<>(ColumnCategory.class);
        map.put(OVERVIEW, new StandardColumn("概况信息", "gkxx")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(ORGANISATION, new StandardColumn("机构职能", "jgzn")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(LEADERS, new StandardColumn("负责人信息", "fzrxx")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(POLICY, new StandardColumn("政策文件", "zcwj")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(NEWS, new StandardColumn("政务动态", "zwdt")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(OPEN_GOVERNMENT, new StandardColumn("政府信息公开", "zfxxgk")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(DATA_RELEASE, new StandardColumn("数据发布", "sjfb")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(DATA_OPENING, new StandardColumn("数据开放", "sjkf")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(INTERPRETATION, new StandardColumn("解读回应", "jdhy")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(SERVICE, new StandardColumn("办事服务", "bsfw")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(INTERACTION, new StandardColumn("互动交流", "hdjl")); //$NON-NLS-1$ //$NON-NLS-2$
        map.put(TOPIC, new StandardColumn("专题专栏", "ztzl")); //$NON-NLS-1$ //$NON-NLS-2$
        return map;
    }

    /** Standard Chinese column content name (site data, not UI text) and URL path segment of a category. */
    private record StandardColumn(String name, String pathSegment) {
    }

    /** @return whether {@code code} has the form of a 政府网站标识码 (local or State Council department) */
    public static boolean isIdCode(String code) {
        return LOCAL_ID_CODE.matcher(code).matches() || MINISTRY_ID_CODE.matcher(code).matches();
    }
}

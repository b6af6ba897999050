package org.govsite.audit.freshness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govsite.model.guide.GuideRules;

/**
 * What the freshness checks can be told, with the 检查指标's limits as defaults (docs/rules.md, "Freshness").
 *
 * @param homeMaxAgeDays the home page's newest date may be at most this many days old
 * @param categories the column categories, tried in order: the first whose keyword is in the ColumnType tag, else the
 *        first whose keyword is in the column name; a column of no category has no age limit
 */
public record FreshnessSettings(int homeMaxAgeDays, List<ColumnCategory> categories) {
    /** Id of the news category (动态, 要闻, 新闻). */
    public static final String NEWS = "news"; //$NON-NLS-1$
    /** Id of the notices category (通知, 公告). */
    public static final String NOTICES = "notices"; //$NON-NLS-1$
    /** Id of the policy documents category (政策文件, 文件). */
    public static final String POLICY = "policy"; //$NON-NLS-1$

    public FreshnessSettings {
        categories = List.copyOf(categories);
    }

    /**
     * @return home page 14 days; news (动态, 要闻, 新闻) 14 days, notices (通知, 公告) and policy documents (政策文件, 文件)
     *         180 days
     */
    public static FreshnessSettings defaults() {
        return new FreshnessSettings(GuideRules.NEWS_UPDATE_PERIOD_DAYS, List.of(
                new ColumnCategory(NEWS, GuideRules.NEWS_UPDATE_PERIOD_DAYS, List.of("动态", "要闻", "新闻")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new ColumnCategory(NOTICES, GuideRules.POLICY_UPDATE_PERIOD_DAYS, List.of("通知", "公告")), //$NON-NLS-1$ //$NON-NLS-2$
                new ColumnCategory(POLICY, GuideRules.POLICY_UPDATE_PERIOD_DAYS, List.of("政策文件", "文件")))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return these settings with the home page's limit {@code days} */
    public FreshnessSettings withHomeMaxAgeDays(int days) {
        return new FreshnessSettings(days, categories);
    }

    /** @return these settings with {@code category} instead of the one of its id, else after the others */
    public FreshnessSettings with(ColumnCategory category) {
        List<ColumnCategory> changed = new ArrayList<>(categories);
        int at = changed.stream().map(ColumnCategory::id).toList().indexOf(category.id());
        if (at < 0) {
            changed.add(category);
        } else {
            changed.set(at, category);
        }
        return new FreshnessSettings(homeMaxAgeDays, changed);
    }

    /** @return the column's category: by its ColumnType tag first, then by its name */
    public Optional<ColumnCategory> category(String columnType, String columnName) {
        for (String text : List.of(columnType, columnName)) {
            Optional<ColumnCategory> found = categories.stream().filter(c -> c.matches(text)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

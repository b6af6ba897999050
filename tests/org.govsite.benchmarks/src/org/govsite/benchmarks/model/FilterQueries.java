package org.govsite.benchmarks.model;

import java.util.List;

/** What an operator types into the explorer's filter: one character, a word, a year, a domain part, nothing found. */
public final class FilterQueries {

    public static final List<String> TEXTS = List.of("局", "通知公告", "2019", "hefei.gov", "不存在的栏目");

    private FilterQueries() {
    }
}

package org.govsite.audit.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate MAY_18 = LocalDate.of(2026, 5, 18);

    @Test
    void theFormsGovernmentSitesWriteAreRead() {
        for (String text : new String[] { "2026-05-18", "[2026-5-18]", "2026/05/18 10:19", "2026/5/18", "2026.05.18",
                "发布时间：2026年5月18日 10:19:00", "2026年05月18日" }) {
            assertEquals(Optional.of(MAY_18), Dates.first(text), text);
        }
    }

    @Test
    void aTimeAfterTheDateIsRead() {
        assertEquals(Optional.of(MAY_18.atTime(10, 19)), Dates.firstDateTime("发布时间：2026-05-18 10:19"));
        assertEquals(Optional.of(MAY_18.atTime(10, 19, 30)), Dates.firstDateTime("2026年5月18日10:19:30"));
        assertEquals(Optional.of(MAY_18.atTime(8, 5)), Dates.firstDateTime("2026年5月18日 08时05分"));
        assertEquals(Optional.of(MAY_18.atStartOfDay()), Dates.firstDateTime("2026/5/18"));
        assertEquals(Optional.of(MAY_18.atStartOfDay()), Dates.firstDateTime("2026-05-18 24:30"));
        assertEquals(Optional.of(MAY_18.atStartOfDay()), Dates.firstDateTime("2026-05-18 10:199"));
    }

    @Test
    void impossibleMixedOrLongerNumbersAreNoDates() {
        for (String text : new String[] { "2026-02-30", "2026-13-01", "2026-05/18", "12026-05-18", "2026-05-188",
                "电话 0551-6353-1234", "2005-2026", "" }) {
            assertEquals(Optional.empty(), Dates.first(text), text);
        }
        assertEquals(Optional.of(MAY_18), Dates.first("2026-02-30 改为 2026-05-18"));
    }

    @Test
    void listItemsAreEntriesAndRowsWithALinkAndADate() {
        Dates.ListItems items = Dates.listItems(Jsoup.parse("<ul class=nav><li><a href=/>首页</a></li></ul>"
                + "<p>今天是2026年12月6日</p><ul><li><a href=a.html>甲</a> 2026-05-18</li><li>2026-06-01 无链接</li>"
                + "<li><a href=b.html>乙</a><span>2026-04-01</span></li></ul>"
                + "<table><tr><td><a href=c.html>丙</a></td><td>2026/5/17</td></tr></table>"));
        assertEquals(new Dates.ListItems(3, Optional.of(MAY_18)), items);
        assertEquals(new Dates.ListItems(0, Optional.empty()), Dates.listItems(Jsoup.parse("<p>2026-05-18</p>")));
        // an old layout table: the outer row holds the header's date and the whole list, only the inner rows count
        assertEquals(new Dates.ListItems(1, Optional.of(MAY_18)), Dates.listItems(Jsoup.parse("<table><tr><td>"
                + "今天是2026年12月6日 <a href=/>首页</a><table><tr><td><a href=a.html>甲</a></td><td>2026-05-18</td></tr>"
                + "</table></td></tr></table>")));
    }
}

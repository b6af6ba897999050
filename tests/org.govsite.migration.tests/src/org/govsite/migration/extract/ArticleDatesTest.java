package org.govsite.migration.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.govsite.protocol.PageTime;

import org.junit.jupiter.api.Test;

class ArticleDatesTest {
    private static Optional<ZonedDateTime> at(int month, int day, int hour, int minute) {
        return Optional.of(ZonedDateTime.of(2019, month, day, hour, minute, 0, 0, PageTime.ZONE));
    }

    @Test
    void chineseDateFormsBecomeShanghaiDateTimes() {
        assertEquals(at(3, 5, 0, 0), ArticleDates.in("2019年3月5日"));
        assertEquals(at(3, 5, 10, 20), ArticleDates.in("2019-03-05 10:20"));
        assertEquals(at(3, 5, 0, 0), ArticleDates.in("2019/3/5"));
        assertEquals(at(3, 5, 10, 20), ArticleDates.in("[2019.03.05 10:20:00]"));
        assertEquals(at(3, 5, 10, 20), ArticleDates.in("2019年03月05日 10时20分"));
        assertEquals(at(3, 5, 0, 0), ArticleDates.in("2019-03-05 25:99"), "an impossible time is no time");
        assertEquals("+08:00", ArticleDates.in("2019-03-05").orElseThrow().getOffset().getId());
        assertEquals(Optional.empty(), ArticleDates.in("2019-02-30"));
    }

    @Test
    void labelledDatesSkipOtherNumbers() {
        assertEquals(at(3, 5, 0, 0), ArticleDates.labelled("电话：0551-12345678 浏览次数：12 发布时间：2019-03-05"));
        assertEquals(at(3, 5, 9, 30), ArticleDates.labelled("成文日期： 发布日期：2019年3月5日 09:30 来源：市政府"));
        assertEquals(Optional.empty(), ArticleDates.labelled("2019-03-05 没有标签"));
    }

    @Test
    void urlDatesAreTheLastResort() {
        assertEquals(at(3, 5, 0, 0), ArticleDates.inUrl(URI.create("http://old.gov.cn/xw/201903/t20190305_789.html")));
        assertEquals(at(3, 5, 0, 0), ArticleDates.inUrl(URI.create("http://old.gov.cn/xw/20190305/1.html")));
        assertEquals(Optional.empty(), ArticleDates.inUrl(URI.create("http://old.gov.cn/art/art_1_20190305.html")));
        assertEquals(Optional.empty(), ArticleDates.inUrl(URI.create("http://old.gov.cn/xw/t20191305_1.html")));
    }
}

-- GovSite platform server, schema version 6 (docs/server.md, "Statistics"): the statistics' counts per site, year
-- (Asia/Shanghai) and measure, kept up to date in the transaction of every write (internal/StatisticCounts), so that
-- GET /api/v1/statistics reads a few rows per site instead of aggregating the year's articles and messages.
-- This script creates the table and fills it from the data. Portable SQL (H2 and PostgreSQL).
CREATE TABLE statistic_count (
    site_id VARCHAR(64) NOT NULL,
    stat_year INT NOT NULL,
    measure VARCHAR(32) NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (stat_year, site_id, measure)
);
-- articles: each article once per site whose columns list it, its year the first four characters of published_at
-- (Asia/Shanghai), flags for the categories of that site's columns it is in
CREATE TABLE statistic_article_site (
    article_id VARCHAR(64) NOT NULL,
    site_id VARCHAR(64) NOT NULL,
    stat_year INT NOT NULL,
    kind VARCHAR(32),
    overview INT NOT NULL,
    news INT NOT NULL,
    catalogue INT NOT NULL
);
INSERT INTO statistic_article_site (article_id, site_id, stat_year, kind, overview, news, catalogue)
SELECT a.id, c.site_id, CAST(SUBSTRING(a.published_at FROM 1 FOR 4) AS INT), a.kind,
    MAX(CASE WHEN c.category IN ('OVERVIEW', 'ORGANISATION', 'LEADERS') THEN 1 ELSE 0 END),
    MAX(CASE WHEN c.category = 'NEWS' THEN 1 ELSE 0 END),
    MAX(CASE WHEN c.category = 'OPEN_GOVERNMENT' THEN 1 ELSE 0 END)
FROM article a JOIN article_column ac ON ac.article_id = a.id JOIN site_column c ON c.id = ac.column_id
GROUP BY a.id, c.site_id, a.published_at, a.kind;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT site_id, stat_year, 'articles', COUNT(*) FROM statistic_article_site GROUP BY site_id, stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT site_id, stat_year, 'overview', COUNT(*) FROM statistic_article_site WHERE overview = 1 GROUP BY site_id, stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT site_id, stat_year, 'news', COUNT(*) FROM statistic_article_site WHERE news = 1 GROUP BY site_id, stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT site_id, stat_year, 'catalogue', COUNT(*) FROM statistic_article_site WHERE catalogue = 1
GROUP BY site_id, stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT site_id, stat_year, kind, COUNT(*) FROM statistic_article_site WHERE kind IS NOT NULL
GROUP BY site_id, stat_year, kind;
DROP TABLE statistic_article_site;
-- messages by the year they were received in: the years 1901 to 9999 as Unix-second ranges starting at 1 January
-- 00:00 in Asia/Shanghai (UTC+8; UTC+9 at the New Years 1943 to 1945, the war-time summer time of the tz database)
CREATE TABLE statistic_year (
    stat_year INT NOT NULL PRIMARY KEY,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
INSERT INTO statistic_year (stat_year, starts_at, ends_at)
WITH RECURSIVE y (stat_year, starts_at, ends_at) AS (
    SELECT 1901, CAST(-2177481600 AS BIGINT), CAST(-2177481600 + 365 * 86400 AS BIGINT)
    UNION ALL
    SELECT stat_year + 1, ends_at, ends_at + 86400 * CASE WHEN MOD(stat_year + 1, 4) = 0
        AND (MOD(stat_year + 1, 100) <> 0 OR MOD(stat_year + 1, 400) = 0) THEN 366 ELSE 365 END
    FROM y WHERE stat_year < 9999
)
SELECT stat_year, starts_at, ends_at FROM y;
UPDATE statistic_year SET starts_at = starts_at - 3600 WHERE stat_year IN (1943, 1944, 1945);
UPDATE statistic_year SET ends_at = ends_at - 3600 WHERE stat_year IN (1942, 1943, 1944);
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT m.site_id, y.stat_year, 'messages.received', COUNT(*)
FROM message m JOIN statistic_year y ON m.received_at >= y.starts_at AND m.received_at < y.ends_at
GROUP BY m.site_id, y.stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT m.site_id, y.stat_year, 'messages.closed', COUNT(*)
FROM message m JOIN statistic_year y ON m.received_at >= y.starts_at AND m.received_at < y.ends_at
WHERE m.closed_at < y.ends_at GROUP BY m.site_id, y.stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT m.site_id, y.stat_year, 'messages.closedSeconds', SUM(m.closed_at - m.received_at)
FROM message m JOIN statistic_year y ON m.received_at >= y.starts_at AND m.received_at < y.ends_at
WHERE m.closed_at < y.ends_at GROUP BY m.site_id, y.stat_year;
INSERT INTO statistic_count (site_id, stat_year, measure, n)
SELECT m.site_id, y.stat_year, 'messages.public', COUNT(*)
FROM message m JOIN statistic_year y ON m.received_at >= y.starts_at AND m.received_at < y.ends_at
WHERE m.public_answer GROUP BY m.site_id, y.stat_year;
DROP TABLE statistic_year;

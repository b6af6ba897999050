package org.govsite.report.logs;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What counts as a page view in the access logs (docs/reports.md, "Access logs"): a GET with a 2xx or 304 status whose
 * path (without query) does not end with one of {@link #staticExtensions()}, from a User-Agent containing none of
 * {@link #botMarkers()} (case-insensitive). Both lists are settings; {@link #defaults()} gives the documented ones.
 */
public record LogRules(Set<String> staticExtensions, List<String> botMarkers) {

    /** Lists copied, bot markers lower-cased. */
    public LogRules {
        staticExtensions = Set.copyOf(staticExtensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
        botMarkers = List.copyOf(botMarkers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
    }

    /** @return style sheets, scripts, images, fonts, media, documents and feeds excluded; common crawlers excluded */
    public static LogRules defaults() {
        return new LogRules(Set.of("css", "js", "map", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "woff", "woff2", "ttf", "eot", "otf", "mp3", "mp4", "avi", "flv", "swf", "pdf", "doc", "docx", "xls", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
                "xlsx", "zip", "rar", "txt", "xml", "json", "rss"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                List.of("bot", "spider", "crawl", "slurp", "bingpreview", "headlesschrome", "python-requests", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                        "curl/", "wget/", "go-http-client", "java/", "scrapy", "monitor")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /** @return whether this request is a page view under these rules */
    boolean pageView(String method, int status, String target, String userAgent) {
        if (!"GET".equals(method) || !(status >= 200 && status < 300 || status == 304)) { //$NON-NLS-1$
            return false;
        }
        int end = target.length();
        for (char stop : new char[] { '?', '#' }) {
            int at = target.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = target.substring(0, end);
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') && staticExtensions.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return botMarkers.stream().noneMatch(agent::contains);
    }
}

package org.govsite.benchmarks.migration;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.govsite.benchmarks.BenchPlatform;
import org.govsite.client.PlatformClient;

/**
 * A fresh platform for one migration: a {@link BenchPlatform}, a portal with the site's four columns, and a content
 * editor's signed {@link PlatformClient} logged in, with {@value #CONNECTIONS} pooled connections. Made before an
 * iteration, closed after it, so that every iteration imports into an empty library.
 */
final class MigrationPlatform implements AutoCloseable {
    static final int CONNECTIONS = 8;

    private final BenchPlatform platform;
    final PlatformClient editor;

    MigrationPlatform() throws Exception {
        platform = new BenchPlatform("govsite-bench-migration-server");
        editor = platform.operator("li.na", "content-editor", CONNECTIONS, Duration.ofMinutes(5));
        editor.post("/api/v1/organisations", Map.of("id", "new", "name", "某市人民政府", "kind", "GOVERNMENT"));
        editor.post("/api/v1/sites", Map.of("id", "new-portal", "name", "某市人民政府门户网站", "kind", "PORTAL", "level",
                "CITY", "host", "new", "mainDomain", "new.gov.cn", "aliases", List.of(), "idCode", "3301000001",
                "status", "RUNNING"));
        for (int i = 0; i < MigrationSite.COLUMNS.size(); i++) {
            String column = MigrationSite.COLUMNS.get(i);
            editor.post("/api/v1/sites/new-portal/columns", Map.of("id", column, "name", column, "pathSegment", column,
                    "category", "OTHER", "updatePeriodDays", 30, "position", i));
        }
    }

    @Override
    public void close() throws Exception {
        editor.close();
        platform.close();
    }
}

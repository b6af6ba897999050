package org.govsite.benchmarks.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.govsite.benchmarks.Benchmark;
import org.govsite.client.PublishedSite;

/**
 * Publishing a site of {@link PublishFixture}'s articles through the signed API ({@code POST /api/v1/sites/{id}/publish},
 * a content reviewer). The baseline {@code publish.full} renders every page: before each iteration the manifests of
 * the published generations are deleted, so nothing can be taken over (what every publish cost before publishing
 * became incremental). {@code publish.unchanged} publishes again with nothing changed; {@code publish.oneChanged}
 * after one article's title was changed (untimed), which changes its page, the list page that shows it and, for the
 * newest articles, the home page.
 */
public final class SitePublish implements Benchmark {
    private enum Mode {
        FULL("publish.full"), UNCHANGED("publish.unchanged"), ONE_CHANGED("publish.oneChanged");

        final String name;

        Mode(String name) {
            this.name = name;
        }
    }

    private final Mode mode;
    private PublishFixture fixture;
    private PublishedSite last;
    private int round;

    private SitePublish(Mode mode) {
        this.mode = mode;
    }

    public static SitePublish full() {
        return new SitePublish(Mode.FULL);
    }

    public static SitePublish unchanged() {
        return new SitePublish(Mode.UNCHANGED);
    }

    public static SitePublish oneChanged() {
        return new SitePublish(Mode.ONE_CHANGED);
    }

    @Override
    public String name() {
        return mode.name;
    }

    @Override
    public String baseline() {
        return mode == Mode.FULL ? null : Mode.FULL.name;
    }

    @Override
    public void setUp() throws Exception {
        fixture = PublishFixture.get();
        fixture.reviewer.publishSite(PublishFixture.SITE);
    }

    @Override
    public void beforeEach() throws Exception {
        round++;
        if (mode == Mode.FULL) {
            try (Stream<Path> generations = Files.list(fixture.siteFolder())) {
                for (Path generation : generations.toList()) {
                    Files.deleteIfExists(generation.resolve(".pages"));
                }
            }
        } else if (mode == Mode.ONE_CHANGED) {
            int i = (round * 7919) % fixture.articles;
            long version = fixture.editor.getVersioned("/api/v1/articles/a" + i).version();
            fixture.editor.put("/api/v1/articles/a" + i, PublishFixture.article(i, "文章第" + i + "号（第" + round + "次修改）"), version);
        }
    }

    @Override
    public void run() {
        last = fixture.reviewer.publishSite(PublishFixture.SITE);
    }

    @Override
    public String notes() {
        return last == null ? null : String.format("%s: %,d articles, %,d pages, %,d rendered anew in the last iteration", mode.name,
                fixture.articles, last.pages(), last.rendered());
    }
}

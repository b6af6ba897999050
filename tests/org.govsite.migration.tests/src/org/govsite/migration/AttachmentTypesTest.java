package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.migration.extract.AttachmentRef;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.Importer;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.testing.LegacySite;
import org.govsite.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments of types the old server named badly or not at all, crawled live, imported into a real platform on
 * loopback and published: each is published under the extension of the type its bytes, Content-Type and old URL show
 * (not {@code .bin}), served with that type, and the address the plan gave it is where the platform serves it.
 */
class AttachmentTypesTest {
    private static final String NEW = "https://new.gov.cn/";
    private static final String OCTET = "application/octet-stream";

    @TempDir
    Path temp;

    @Test
    void attachmentsArePublishedAndServedByTheirType() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("/files/slides.pptx", SampleFiles.zip("[Content_Types].xml", "ppt/presentation.xml"));
        files.put("/files/notice.doc", "{\\rtf1\\ansi\\ansicpg936 notice}".getBytes(StandardCharsets.ISO_8859_1));
        files.put("/files/old.wps", SampleFiles.ole("WordDocument"));
        files.put("/files/pack.rar", "Rar!\u001a\u0007\u0001\u0000packed".getBytes(StandardCharsets.ISO_8859_1));
        files.put("/showimage.jsp?id=3", SampleFiles.png("IHDR"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/files/slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation|pptx");
        expected.put("/files/notice.doc", "application/rtf|rtf");
        expected.put("/files/old.wps", "application/vnd.ms-works|wps");
        expected.put("/files/pack.rar", "application/vnd.rar|rar");
        expected.put("/showimage.jsp?id=3", "image/png|png");

        LegacySite legacy = new LegacySite()
                .html("/", "<html><head><title>某市水利局</title></head><body><a href=\"/xxgk/art_1_1.html\">通知</a></body></html>")
                .html("/xxgk/art_1_1.html", "<html><head><title>关于印发材料的通知</title></head><body><div class=\"article\">"
                        + "<h1>关于印发材料的通知</h1><p>发布时间：2019-03-05 10:20 来源：办公室</p><div class=\"TRS_Editor\"><p>正文。</p>"
                        + "<a href=\"/files/slides.pptx\">演示</a><a href=\"/files/notice.doc\">通知</a><a href=\"/files/old.wps\">旧文</a>"
                        + "<a href=\"/files/pack.rar\">打包</a><img src=\"/showimage.jsp?id=3\"></div></div></body></html>")
                .add("/files/slides.pptx", OCTET, files.get("/files/slides.pptx"))
                .add("/files/notice.doc", "application/msword", files.get("/files/notice.doc"))
                .add("/files/old.wps", OCTET, files.get("/files/old.wps"))
                .add("/files/pack.rar", "application/x-rar-compressed", files.get("/files/pack.rar"))
                .add("/showimage.jsp?id=3", "image/png", files.get("/showimage.jsp?id=3"));
        try (LegacySite site = legacy.start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"));
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            Mapping mapping = new Mapping(List.of(
                    new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/"), Outcome.REDIRECT, "xxgk", NEW),
                    new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/xxgk/**"), Outcome.REDIRECT, "xxgk", NEW + "xxgk/")));
            DigestFolder folder = new DigestFolder(temp.resolve("attachments"));
            MigrationPlan plan;
            try (LegacySource source = new CrawlSource(site.url("/"), CrawlSettings.defaults(), List.of())) {
                plan = new Planner(MigrationSettings.of(List.of(), mapping, URI.create(NEW))).plan(source, folder, KnownUrls.NONE, null);
            }
            List<AttachmentRef> attachments = plan.articles().get(0).attachments();
            assertEquals(expected.size(), attachments.size());
            List<ImportResult> results;
            try (JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
                results = new Importer(platform.editor, journal, folder, new ImportSettings(10, "办公室")).run(plan, null);
            }
            assertEquals(ImportResult.Status.IMPORTED, results.get(0).status(), results.toString());
            platform.publish();
            String article = pages.get(results.get(0).address()).text();
            for (AttachmentRef attachment : attachments) {
                String old = attachment.url().getRawPath() + (attachment.url().getRawQuery() == null ? "" : "?" + attachment.url().getRawQuery());
                String[] typeAndExtension = expected.get(old).split("\\|");
                assertEquals(typeAndExtension[0], attachment.contentType(), old);
                assertEquals(NEW + "files/" + attachment.digest() + "." + typeAndExtension[1], attachment.address().toString(), old);
                PlatformPages.Page file = pages.get(attachment.address());
                assertEquals(200, file.status(), old);
                assertEquals(typeAndExtension[0], file.contentType().split(";")[0], old + ": served with its type");
                assertArrayEquals(files.get(old), file.body(), old);
                assertTrue(article.contains("/files/" + attachment.digest() + "." + typeAndExtension[1]), old + " linked from the article");
            }
        }
    }
}

package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A platform whose sites are reached over plain HTTP ({@code --public-scheme http}, intranets without a TLS proxy):
 * the absolute addresses it publishes (an article's {@code Url} and {@code Image} tags, a migration notice's
 * address) start with {@code http://}.
 */
class PublicSchemeTest extends EditorTestBase {
    @Override
    ServerConfig config(Path data) {
        return TestServer.config(data).withPublicScheme(ServerConfig.HTTP);
    }

    @Test
    void publishedAddressesUseThePlatformsScheme() {
        Library library = new Library(test, editor, content);
        library.site("slj", "保定市水利局", "bd", "slj.bd.gov.cn", List.of(), "1306000009");
        library.column("slj", "slj-news", null, "工作动态", "gzdt", "NEWS", 0);
        byte[] image = "PNG 图片".getBytes(StandardCharsets.UTF_8);
        Library.expect(201, library.putAttachment(editor, null, image, "image/png"));
        Library.expect(201, library.post("/api/v1/articles", Library.article("a1", "防汛工作会议召开", List.of("slj-news"),
                Map.of("image", Sm3.digestHex(image), "publishedAt", "2026-06-01 15:30"))));
        Library.expect(200, client.signed(library.reviewer, "POST", "/api/v1/sites/slj/publish", Content.NO_BODY));

        SiteFetcher sites = new SiteFetcher(test.server.uri());
        Document article = Jsoup.parse(sites.get("slj.bd.gov.cn", "/gzdt/202606/t20260601_a1.html").text());
        assertEquals("http://slj.bd.gov.cn/gzdt/202606/t20260601_a1.html", article.select("meta[name=Url]").attr("content"));
        assertEquals("http://slj.bd.gov.cn/files/" + Sm3.digestHex(image) + ".png", article.select("meta[name=Image]").attr("content"));

        String end = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(40).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Map<String, Object> notice = TestServer.parse(Library.expect(200, content.putKeyed("/api/v1/migration-notices/www.old.gov.cn",
                Map.of("site", "slj", "superiorSite", "slj", "title", "网站迁移公告", "text", "网站已迁移。", "end", end))));
        assertEquals("http://slj.bd.gov.cn/", notice.get("address"));
        Document old = Jsoup.parse(sites.get("www.old.gov.cn", "/").text());
        assertEquals("http://slj.bd.gov.cn/", old.select("main a").attr("href"));
    }

    @Test
    void theCommandLineTakesHttpOrHttpsOnly() {
        ServerException wrong = assertThrows(ServerException.class, () -> Main.run(new String[] { "--db", folder.toString(),
                "--public-scheme", "ftp" }, Map.of(Main.PASSPHRASE_VARIABLE, TestServer.PASSPHRASE), System.out));
        assertTrue(wrong.getMessage().contains("--public-scheme ftp"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestServer.config(folder).withPublicScheme("HTTPS"));
    }
}

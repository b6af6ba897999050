package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/** Attachment addresses are the files the platform publishes: named by the content type the import stores. */
class MigrationSettingsTest {
    @Test
    void attachmentAddressesFollowThePlatformsFileNames() {
        BiFunction<String, URI, URI> files = MigrationSettings.filesUnder(URI.create("https://www.new.gov.cn/"));
        String digest = "0f".repeat(32);
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".pdf"),
                files.apply(digest, URI.create("http://old.gov.cn/files/plan.PDF")));
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".jpg"),
                files.apply(digest, URI.create("http://old.gov.cn/img/photo.jpeg")), "image/jpeg is published as .jpg");
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".bin"),
                files.apply(digest, URI.create("http://old.gov.cn/files/slides.pptx")), "a type the platform names .bin");
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".bin"),
                files.apply(digest, URI.create("http://old.gov.cn/download?id=1")));
    }
}

package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/** Attachment addresses are the files the platform publishes: named by the content type the import stores. */
class MigrationSettingsTest {
    @Test
    void attachmentAddressesFollowThePlatformsFileNames() {
        BiFunction<String, String, URI> files = MigrationSettings.filesUnder(URI.create("https://www.new.gov.cn/"));
        String digest = "0f".repeat(32);
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".pdf"), files.apply(digest, "Application/PDF"));
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".jpg"), files.apply(digest, "image/jpeg"),
                "image/jpeg is published as .jpg");
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".pptx"),
                files.apply(digest, "application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        assertEquals(URI.create("https://www.new.gov.cn/files/" + digest + ".bin"), files.apply(digest, "application/octet-stream"),
                "a file of no known type");
    }
}

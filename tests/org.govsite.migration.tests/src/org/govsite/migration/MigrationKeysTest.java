package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.govsite.crypto.Sm3;
import org.junit.jupiter.api.Test;

class MigrationKeysTest {

    @Test
    void theKeyIsTheSm3OfTheNormalisedUrl() {
        String key = MigrationKeys.key(URI.create("HTTP://Old.Gov.CN:80/art/art_1_2.html#top"));
        assertEquals(Sm3.digestHex("http://old.gov.cn/art/art_1_2.html".getBytes(StandardCharsets.UTF_8)), key);
        assertEquals(key, MigrationKeys.key(URI.create("http://old.gov.cn/art/x/../art_1_2.html")));
        assertNotEquals(key, MigrationKeys.key(URI.create("http://old.gov.cn/art/art_1_2.html?a=1")));
        assertThrows(IllegalArgumentException.class, () -> MigrationKeys.key(URI.create("mailto:a@b.cn")));
    }
}

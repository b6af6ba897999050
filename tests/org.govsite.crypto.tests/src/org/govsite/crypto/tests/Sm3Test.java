package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.govsite.crypto.Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sm3Test {
    @Test
    void publishedExample1Abc() {
        // GB/T 32905-2016 Appendix A, example 1
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                Sm3.digestHex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void publishedExample2SixtyFourBytes() {
        // GB/T 32905-2016 Appendix A, example 2: "abcd" repeated 16 times (512 bits, padding fills a second block)
        assertEquals("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
                Sm3.digestHex("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void streamDigestEqualsArrayDigestAcrossBufferBoundaries() throws IOException {
        byte[] data = new byte[200_003];
        new Random(7).nextBytes(data);
        assertArrayEquals(Sm3.digest(data), Sm3.digest(new ByteArrayInputStream(data)));
        assertEquals(Sm3.digestHex(data), Sm3.digestHex(new ByteArrayInputStream(data)));
        assertEquals(Sm3.DIGEST_LENGTH, Sm3.digest(new byte[0]).length);
    }

    @Test
    void matchesOpenSslDgst(@TempDir Path folder) {
        OpenSsl.assumeAvailable();
        OpenSsl openssl = new OpenSsl(folder);
        Random random = new Random(32905);
        for (int length : new int[] { 0, 1, 55, 56, 64, 1000, 100_000 }) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String file = openssl.write("data" + length, data);
            // "openssl dgst -sm3 -r file" prints "<hex> *file"
            String line = openssl.runText("dgst", "-sm3", "-r", file);
            assertEquals(line.substring(0, 64), Sm3.digestHex(data), "length " + length);
        }
    }
}

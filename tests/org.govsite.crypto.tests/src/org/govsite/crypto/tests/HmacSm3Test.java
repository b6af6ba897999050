package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.govsite.crypto.HmacSm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmacSm3Test {
    private static final byte[] KEY = "a shared secret of 32 bytes!!!!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "POST\n/api/v1/sites\n1700000000\nnonce".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesOpenSslMacForShortBlockSizedAndLongKeys(@TempDir Path folder) {
        OpenSsl.assumeAvailable();
        OpenSsl openssl = new OpenSsl(folder);
        Random random = new Random(2104);
        // 64 bytes is the SM3 block: longer keys are hashed first, shorter ones zero-padded
        for (int keyLength : new int[] { 1, 16, 32, 64, 65, 100 }) {
            byte[] key = new byte[keyLength];
            byte[] data = new byte[keyLength * 37];
            random.nextBytes(key);
            random.nextBytes(data);
            String file = openssl.write("data" + keyLength, data);
            String expected = openssl.runText("mac", "-digest", "SM3", "-macopt", "hexkey:" + OpenSsl.hex(key), "-in", file,
                    "HMAC");
            assertEquals(expected.toLowerCase(), OpenSsl.hex(HmacSm3.mac(key, data)), "key length " + keyLength);
        }
    }

    @Test
    void verifyAcceptsTheTagOnly() {
        byte[] tag = HmacSm3.mac(KEY, DATA);
        assertEquals(HmacSm3.TAG_LENGTH, tag.length);
        assertTrue(HmacSm3.verify(KEY, DATA, tag));

        byte[] flipped = tag.clone();
        flipped[31] ^= 1;
        assertFalse(HmacSm3.verify(KEY, DATA, flipped));
        assertFalse(HmacSm3.verify(KEY, DATA, Arrays.copyOf(tag, 16)), "truncated tag");
        assertFalse(HmacSm3.verify(KEY, DATA, new byte[0]), "empty tag");
        byte[] otherData = DATA.clone();
        otherData[0] ^= 1;
        assertFalse(HmacSm3.verify(KEY, otherData, tag));
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        assertFalse(HmacSm3.verify(otherKey, DATA, tag));
    }
}

package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.govsite.crypto.Sm3;
import org.junit.jupiter.api.Test;

class Sm3Test {
    @Test
    void abc() {
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                Sm3.digestHex("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}

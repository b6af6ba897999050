package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.CanonicalRequest;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.junit.jupiter.api.Test;

/** The canonical path, query and request of docs/protocol.md ("Canonical request"). */
class CanonicalizationTest {
    private static final Map<String, String> HEADERS = Map.of(ProtocolHeaders.OPERATOR, "zhang.wei",
            ProtocolHeaders.SESSION, "gs_sess_7f3a9c21d4e86b05", ProtocolHeaders.TIMESTAMP, "1795510815",
            ProtocolHeaders.NONCE, "8c1e5a7f3b9d2c40e6f1a8b7c5d3e902", ProtocolHeaders.CONTENT_SM3, "0".repeat(64));

    @Test
    void documentedExamples() {
        String[] lines = DocumentedExample.get().file("canonicalization-examples.txt").split("\n");
        assertEquals(0, lines.length % 3);
        for (int i = 0; i < lines.length; i += 3) {
            CanonicalRequest canonical = canonical("GET", lines[i]);
            assertEquals(lines[i + 1].replaceFirst("^  path: ", ""), canonical.path(), lines[i]);
            assertEquals(lines[i + 2].replaceFirst("^  query: ?", ""), canonical.query(), lines[i]);
        }
    }

    @Test
    void equivalentEncodingsHaveOneCanonicalForm() {
        assertEquals(canonical("GET", "/a/~b?x=%7e").toString(), canonical("GET", "/a/%7Eb?x=~").toString());
        assertEquals(canonical("GET", "/%E7%BD%91?q=%e7%bd%91").toString(), canonical("GET", "/%e7%bd%91?q=%E7%BD%91").toString());
        assertEquals(canonical("GET", "/s?b=2&a=1&&").toString(), canonical("GET", "/s?a=1&b=2").toString());
    }

    @Test
    void differentRequestsHaveDifferentCanonicalForms() {
        assertFalse(canonical("GET", "/a%2Fb").path().equals(canonical("GET", "/a/b").path()));
        assertFalse(canonical("GET", "/a+b").path().equals(canonical("GET", "/a%20b").path()));
        assertFalse(canonical("GET", "/s?a=b").query().equals(canonical("GET", "/s?a%3Db=").query()));
        assertFalse(canonical("GET", "/s/").path().equals(canonical("GET", "/s").path()));
    }

    @Test
    void canonicalRequestHasTwelveLinesWithoutFinalNewline() {
        byte[] body = "{\"标题\":\"政务公开\"}".getBytes(StandardCharsets.UTF_8);
        CanonicalRequest canonical = CanonicalRequest.of("POST", "/api/v1/articles", HEADERS, body);

        String[] lines = canonical.toString().split("\n", -1);

        assertEquals(12, lines.length);
        assertEquals(CanonicalRequest.VERSION_LINE, lines[0]);
        assertEquals("POST", lines[1]);
        assertEquals("", lines[3]);
        assertEquals("x-govsite-operator:zhang.wei", lines[4]);
        assertEquals("x-govsite-content-sm3:" + "0".repeat(64), lines[8], "the header as sent");
        assertEquals("if-match:", lines[9], "no If-Match");
        assertEquals("x-govsite-idempotency-key:", lines[10], "no idempotency key");
        assertEquals(Sm3.digestHex(body), lines[11], "the digest of the body received");
        assertArrayEquals(canonical.toString().getBytes(StandardCharsets.UTF_8), canonical.bytes());
    }

    @Test
    void pathAndQueryGivenApartGiveTheSameCanonicalRequest() {
        String target = "/api/v1/columns/%e6%94%bf?page=2&q=a+b";

        assertEquals(canonical("GET", target).toString(),
                CanonicalRequest.of("GET", "/api/v1/columns/%e6%94%bf", "page=2&q=a+b", HEADERS, new byte[0]).toString());
        assertEquals(canonical("GET", "/s").toString(), CanonicalRequest.of("GET", "/s", null, HEADERS, new byte[0]).toString());
        assertEquals(canonical("GET", "/s").toString(), CanonicalRequest.of("GET", "/s", "", HEADERS, new byte[0]).toString());
        assertEquals(ErrorCode.REQ_MALFORMED_URI, assertThrows(ProtocolException.class,
                () -> CanonicalRequest.of("GET", "/s?x=1", "y=2", HEADERS, new byte[0])).errorCode());
    }

    @Test
    void ifMatchIsSignedWhenPresent() {
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        headers.put("if-match", " \"7\" ");

        assertEquals("if-match:\"7\"", CanonicalRequest.of("PUT", "/s", headers, new byte[0]).toString().split("\n")[9]);
    }

    @Test
    void malformedTargetsAreRefused() {
        for (String target : new String[] { "api/v1/sites", "/a%2", "/a%g0", "/a b", "/a#b", "/a?q=%", "/网站",
                "/a?q=\u0001" }) {
            ProtocolException e = assertThrows(ProtocolException.class, () -> canonical("GET", target), target);
            assertEquals(ErrorCode.REQ_MALFORMED_URI, e.errorCode(), target);
        }
    }

    @Test
    void missingSignedHeaderIsNamed() {
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        headers.remove(ProtocolHeaders.NONCE);

        ProtocolException e = assertThrows(ProtocolException.class,
                () -> CanonicalRequest.of("GET", "/", headers, new byte[0]));

        assertEquals(ErrorCode.AUTH_MISSING_HEADER, e.errorCode());
        assertTrue(e.detail().contains(ProtocolHeaders.NONCE), e.detail());
    }

    private static CanonicalRequest canonical(String method, String target) {
        return CanonicalRequest.of(method, target, HEADERS, new byte[0]);
    }
}

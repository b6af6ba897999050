package org.govsite.protocol;

import java.util.Base64;
import java.util.Optional;

/** Standard base64 (RFC 4648 section 4, with padding) as the protocol's headers and JSON fields carry it. */
final class Base64Values {
    private Base64Values() {
    }

    /** @return the decoded bytes, or empty if {@code text} is not canonical standard base64 */
    static Optional<byte[]> decode(String text) {
        if (!Syntax.BASE64.matches(text)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

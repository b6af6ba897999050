package org.govsite.protocol;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Source of request nonces and login challenges: 32 lower-case hex digits (16 random bytes). */
@FunctionalInterface
public interface NonceSource {
    /** @return a fresh nonce */
    String next();

    /** @return nonces from a {@link SecureRandom} */
    static NonceSource secure() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        };
    }
}

package org.govsite.protocol;

import java.util.regex.Pattern;

/** The value syntaxes of docs/protocol.md ("Value syntax"). */
enum Syntax {
    OPERATOR("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}", "1 to 64 characters A-Z a-z 0-9 . _ @ -, starting with a letter or digit"), //$NON-NLS-1$ //$NON-NLS-2$
    SESSION("[A-Za-z0-9_-]{16,128}", "16 to 128 characters A-Z a-z 0-9 _ -"), //$NON-NLS-1$ //$NON-NLS-2$
    TIMESTAMP("0|[1-9][0-9]{0,11}", "Unix seconds in decimal without sign or leading zeros"), //$NON-NLS-1$ //$NON-NLS-2$
    NONCE("[0-9a-f]{32}", "32 lower-case hex digits"), //$NON-NLS-1$ //$NON-NLS-2$
    SM3_HEX("[0-9a-f]{64}", "64 lower-case hex digits"), //$NON-NLS-1$ //$NON-NLS-2$
    AUTHORIZATION(ProtocolHeaders.AUTHORIZATION_SCHEME + " Signature=[0-9a-f]{64}", //$NON-NLS-1$
            ProtocolHeaders.AUTHORIZATION_SCHEME + " Signature=<64 lower-case hex digits>"), //$NON-NLS-1$
    BASE64("[A-Za-z0-9+/]+={0,2}", "standard base64 with padding"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Pattern pattern;
    private final String description;

    Syntax(String regex, String description) {
        this.pattern = Pattern.compile(regex);
        this.description = description;
    }

    boolean matches(String value) {
        return pattern.matcher(value).matches();
    }

    String description() {
        return description;
    }

    /** @return {@code value} if it matches, otherwise throws {@link ErrorCode#REQ_INVALID_FIELD} naming {@code field} */
    String check(String field, String value) {
        if (value == null || !matches(value)) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, field + " must be " + description); //$NON-NLS-1$
        }
        return value;
    }
}

package org.govsite.audit.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.govsite.audit.Finding;

/**
 * A finding's identity across runs: SHA-256 (lower-case hex) of its rule id, page, target and evidence, each as its
 * UTF-8 length and bytes, so that no two different field lists encode alike. The anchor text and element are left
 * out (an edited link text is still the same broken link), and so is the message (it depends on the language).
 */
public final class FindingKeys {

    private FindingKeys() {
    }

    /** @return the key of {@code finding} */
    public static String of(Finding finding) {
        return of(finding.ruleId(), finding.page().toString(), finding.target(), finding.evidence());
    }

    /** @return the key of the finding with these fields */
    public static String of(String ruleId, String page, String target, String evidence) {
        MessageDigest digest = sha256();
        for (String field : new String[] { ruleId, page, target, evidence }) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.govsite.client;

import java.util.List;

/**
 * One operator of {@code GET /api/v1/operators} (system administrators).
 *
 * @param roles wire names: {@code system-administrator}, {@code content-editor}, {@code content-reviewer},
 *        {@code auditor}
 * @param lockedUntil Unix seconds, null when not locked
 * @param publicKeyFingerprint fingerprint of the operator's registered SM2 key
 */
public record OperatorInfo(String name, List<String> roles, boolean locked, Long lockedUntil,
        String publicKeyFingerprint) {
    public OperatorInfo {
        roles = List.copyOf(roles);
    }
}

package org.govsite.server;

import java.util.Arrays;
import java.util.Optional;

/**
 * The separated roles (三权分立) the server enforces on every endpoint. Wire and database names are the
 * {@link #wireName()}s.
 */
public enum Role {
    /** Manages operators, their roles and keys; no content. */
    SYSTEM_ADMINISTRATOR("system-administrator"), //$NON-NLS-1$
    /** Edits organisations, sites, columns and articles. */
    CONTENT_EDITOR("content-editor"), //$NON-NLS-1$
    /** Reads and approves content. */
    CONTENT_REVIEWER("content-reviewer"), //$NON-NLS-1$
    /** Reads the operation log. */
    AUDITOR("auditor"); //$NON-NLS-1$

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** @return the role named {@code wireName}, if any */
    public static Optional<Role> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(role -> role.wireName.equals(wireName)).findFirst();
    }
}

package org.govsite.demo.platform;

import org.govsite.server.Role;

/**
 * The operators of the demo platform, one per role of 三权分立 (a role each, as the Guide's separation of duties has
 * it). Each logs in with {@link DemoPlatform#PASSWORD} and its key file opened with {@link DemoPlatform#PASSPHRASE}.
 */
public enum DemoOperator {
    ADMINISTRATOR("demo-admin", Role.SYSTEM_ADMINISTRATOR), //$NON-NLS-1$
    EDITOR("demo-editor", Role.CONTENT_EDITOR), //$NON-NLS-1$
    REVIEWER("demo-reviewer", Role.CONTENT_REVIEWER), //$NON-NLS-1$
    AUDITOR("demo-auditor", Role.AUDITOR); //$NON-NLS-1$

    private final String operatorName;
    private final Role role;

    DemoOperator(String operatorName, Role role) {
        this.operatorName = operatorName;
        this.role = role;
    }

    /** @return the name the operator logs in with */
    public String operatorName() {
        return operatorName;
    }

    /** @return the wire name of its role, e.g. {@code content-editor} */
    public String roleName() {
        return role.wireName();
    }

    Role role() {
        return role;
    }
}

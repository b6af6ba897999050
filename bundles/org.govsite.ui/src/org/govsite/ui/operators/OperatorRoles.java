package org.govsite.ui.operators;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.govsite.ui.Messages;

/** The four separated roles (三权分立) by wire name, with their labels. */
public final class OperatorRoles {

    public static final List<String> ALL = List.of("system-administrator", "content-editor", "content-reviewer", "auditor");

    private OperatorRoles() {
    }

    public static String label(String role) {
        return switch (role) {
            case "system-administrator" -> Messages.Role_systemAdministrator;
            case "content-editor" -> Messages.Role_contentEditor;
            case "content-reviewer" -> Messages.Role_contentReviewer;
            case "auditor" -> Messages.Role_auditor;
            default -> role;
        };
    }

    public static String labels(Collection<String> roles) {
        return roles.stream().map(OperatorRoles::label).collect(Collectors.joining(", "));
    }
}

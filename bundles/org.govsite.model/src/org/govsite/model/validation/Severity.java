package org.govsite.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a {@link Problem} is; maps one-to-one onto EMF {@link Diagnostic} severities. */
public enum Severity {
    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic} severity constant. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }
}

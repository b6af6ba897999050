package org.govsite.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Collects the findings of one object into an EMF {@link DiagnosticChain}. Each diagnostic's data holds the target
 * first, then the feature (when there is one), then the {@link Rule}.
 */
final class Findings {
    private final DiagnosticChain chain;
    private boolean clean = true;

    Findings(DiagnosticChain chain) {
        this.chain = chain;
    }

    void add(Rule rule, EObject target, EStructuralFeature feature, Object... values) {
        clean = false;
        if (chain != null) {
            Object[] data = feature == null ? new Object[] { target, rule } : new Object[] { target, feature, rule };
            chain.add(new BasicDiagnostic(rule.severity().diagnosticSeverity(), GovSiteValidator.DIAGNOSTIC_SOURCE,
                    rule.code(), rule.message(values), data));
        }
    }

    /** Whether nothing was found. */
    boolean isClean() {
        return clean;
    }
}

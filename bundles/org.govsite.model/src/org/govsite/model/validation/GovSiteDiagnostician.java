package org.govsite.model.validation;

import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** A Diagnostician that reports one unit of progress per object, honours cancel and can skip the children. */
final class GovSiteDiagnostician extends Diagnostician {
    private final SubMonitor progress;
    private final boolean withContents;

    GovSiteDiagnostician(SubMonitor progress, boolean withContents) {
        this.progress = progress;
        this.withContents = withContents;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        progress.split(1);
        return super.validate(eClass, eObject, diagnostics, context);
    }

    @Override
    protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !withContents || super.doValidateContents(eObject, diagnostics, context);
    }
}

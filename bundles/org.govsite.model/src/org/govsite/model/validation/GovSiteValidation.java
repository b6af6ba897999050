package org.govsite.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Entry points of validation: runs {@link GovSiteValidator} through an EMF Diagnostician and returns {@link Problem}s. */
public final class GovSiteValidation {

    static {
        GovSiteValidator.register();
    }

    private GovSiteValidation() {
    }

    /**
     * Validates the object and its whole containment tree with the default {@link Thresholds}.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static List<Problem> validate(EObject root, IProgressMonitor monitor) {
        return validate(root, Thresholds.DEFAULTS, monitor);
    }

    /**
     * Validates the object and its whole containment tree; one unit of progress per object.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static List<Problem> validate(EObject root, Thresholds thresholds, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.VALIDATION_TASK, countObjects(root));
        List<Problem> problems = run(root, thresholds, new GovSiteDiagnostician(progress, true));
        progress.done();
        return problems;
    }

    /** Validates this object only, not its children (for live markers in editors); default {@link Thresholds}. */
    public static List<Problem> validateObject(EObject object) {
        return run(object, Thresholds.DEFAULTS, new GovSiteDiagnostician(SubMonitor.convert(null), false));
    }

    private static List<Problem> run(EObject root, Thresholds thresholds, GovSiteDiagnostician diagnostician) {
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(Thresholds.class, thresholds);
        BasicDiagnostic result = new BasicDiagnostic();
        diagnostician.validate(root, result, context);
        List<Problem> problems = new ArrayList<>();
        collect(result, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        for (Diagnostic child : diagnostic.getChildren()) {
            toProblem(child, problems);
            collect(child, problems);
        }
    }

    private static void toProblem(Diagnostic diagnostic, List<Problem> problems) {
        List<?> data = diagnostic.getData();
        if (data.isEmpty() || !(data.get(0) instanceof EObject target)) {
            return;
        }
        EStructuralFeature feature = null;
        Rule rule = null;
        for (Object item : data.subList(1, data.size())) {
            if (item instanceof EStructuralFeature f) {
                feature = f;
            } else if (item instanceof Rule r) {
                rule = r;
            }
        }
        if (rule != null) {
            problems.add(new Problem(rule.severity(), rule.id(), diagnostic.getMessage(), target, feature));
        }
    }

    private static int countObjects(EObject root) {
        int count = 1;
        for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext(); all.next()) {
            count++;
        }
        return count;
    }
}

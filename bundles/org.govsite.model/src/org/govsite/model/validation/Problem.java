package org.govsite.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One finding of a validation run.
 *
 * @param severity how serious the finding is
 * @param ruleId   the stable id of the {@link Rule} that found it, e.g. {@code GS-DOMAIN-PORTAL}
 * @param message  localized message naming the offending values
 * @param target   the object at fault
 * @param feature  the feature at fault, or {@code null} when the object as a whole is at fault
 */
public record Problem(Severity severity, String ruleId, String message, EObject target, EStructuralFeature feature) {
}

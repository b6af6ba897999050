package org.govsite.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Site;
import org.govsite.model.Topic;

/**
 * The EMF validator of the GovSite model: checks one object against the {@link Rule}s (children are visited by the
 * Diagnostician). Diagnostics carry source {@link #DIAGNOSTIC_SOURCE}, the rule's {@link Rule#code()} and data
 * {@code [target, feature?, rule]}.
 * <p>
 * Platform-wide facts (domains and codes in use) are computed once per Diagnostician run and kept in its context map.
 * Put a {@link Thresholds} under the key {@code Thresholds.class} in the context to change the numbers.
 * <p>
 * EMF's default constraints are not run: the required-field rule replaces the multiplicity check with localized,
 * rule-tagged messages, and the other defaults (proxies, opposites) are covered by {@link Rule#REFERENCE_DANGLING}.
 */
public class GovSiteValidator extends EObjectValidator {

    /** The diagnostic source of all GovSite findings. */
    public static final String DIAGNOSTIC_SOURCE = "org.govsite.model"; //$NON-NLS-1$

    public static final GovSiteValidator INSTANCE = new GovSiteValidator();

    /** Registers {@link #INSTANCE} for the GovSite package in the global {@link EValidator.Registry}; idempotent. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(GovSitePackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return GovSitePackage.eINSTANCE;
    }

    @Override
    public boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(value instanceof EObject object)) {
            return true;
        }
        ValidationContext validation = ValidationContext.of(object, context);
        Findings findings = new Findings(diagnostics);
        RequiredFields.check(object, findings);
        ReferenceRules.check(object, validation, findings);
        PathRules.check(object, validation, findings);
        if (object instanceof Site site) {
            DomainRules.check(site, validation, findings);
            IdCodeRules.check(site, validation, findings);
            SiteRules.check(site, validation, findings);
        } else if (object instanceof Topic topic) {
            TopicRules.check(topic, findings);
        }
        return findings.isClean();
    }
}

package org.govsite.model.validation;

import static org.govsite.model.GovSitePackage.Literals.CHANNEL;
import static org.govsite.model.GovSitePackage.Literals.CHANNEL__PATH_SEGMENT;
import static org.govsite.model.GovSitePackage.Literals.COLUMN;
import static org.govsite.model.GovSitePackage.Literals.COLUMN__PATH_SEGMENT;
import static org.govsite.model.GovSitePackage.Literals.IDENTIFIED__ID;
import static org.govsite.model.GovSitePackage.Literals.NAMED__NAME;
import static org.govsite.model.GovSitePackage.Literals.ORGANISATION;
import static org.govsite.model.GovSitePackage.Literals.PLATFORM;
import static org.govsite.model.GovSitePackage.Literals.SITE;
import static org.govsite.model.GovSitePackage.Literals.SITE__HOST;
import static org.govsite.model.GovSitePackage.Literals.SITE__ID_CODE;
import static org.govsite.model.GovSitePackage.Literals.SITE__MAIN_DOMAIN;
import static org.govsite.model.GovSitePackage.Literals.TOPIC;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__PATH_SEGMENT;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govsite.model.guide.ModelLabels;

/**
 * {@link Rule#REQUIRED}: the fields each type must fill. Enum fields (site kind and level, organisation kind) always
 * hold a literal in EMF, so they cannot be missing and are not listed.
 */
final class RequiredFields {
    private static final Map<EClass, List<EStructuralFeature>> REQUIRED = Map.of(
            PLATFORM, List.of(IDENTIFIED__ID, NAMED__NAME),
            ORGANISATION, List.of(IDENTIFIED__ID, NAMED__NAME),
            SITE, List.of(IDENTIFIED__ID, NAMED__NAME, SITE__MAIN_DOMAIN, SITE__ID_CODE, SITE__HOST),
            COLUMN, List.of(IDENTIFIED__ID, NAMED__NAME, COLUMN__PATH_SEGMENT),
            TOPIC, List.of(IDENTIFIED__ID, NAMED__NAME, TOPIC__PATH_SEGMENT),
            CHANNEL, List.of(IDENTIFIED__ID, NAMED__NAME, CHANNEL__PATH_SEGMENT));

    private RequiredFields() {
    }

    static void check(EObject object, Findings findings) {
        for (EStructuralFeature feature : REQUIRED.getOrDefault(object.eClass(), List.of())) {
            Object value = object.eGet(feature);
            if (value == null || value instanceof String text && text.isBlank()) {
                findings.add(Rule.REQUIRED, object, feature, Describe.type(object), Describe.object(object),
                        ModelLabels.featureLabel(feature));
            }
        }
    }
}

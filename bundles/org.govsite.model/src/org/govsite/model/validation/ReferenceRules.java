package org.govsite.model.validation;

import static org.govsite.model.GovSitePackage.Literals.CHANNEL__COLUMNS;
import static org.govsite.model.GovSitePackage.Literals.ORGANISATION__SUPERIOR;
import static org.govsite.model.GovSitePackage.Literals.SITE__HOST;
import static org.govsite.model.GovSitePackage.Literals.SITE__OPERATOR;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.guide.ModelLabels;

/**
 * {@link Rule#REFERENCE_DANGLING}: organisations referenced by sites and organisations must belong to the platform
 * (checked only when the run's root is a platform), and a channel's columns must belong to the channel's own site.
 */
final class ReferenceRules {
    private ReferenceRules() {
    }

    static void check(EObject object, ValidationContext context, Findings findings) {
        if (object instanceof Site site) {
            checkInPlatform(site, SITE__HOST, site.getHost(), context, findings);
            checkInPlatform(site, SITE__OPERATOR, site.getOperator(), context, findings);
        } else if (object instanceof Organisation organisation) {
            checkInPlatform(organisation, ORGANISATION__SUPERIOR, organisation.getSuperior(), context, findings);
        } else if (object instanceof Channel channel) {
            Site site = siteOf(channel);
            for (Column column : channel.getColumns()) {
                if (column.eIsProxy() || siteOf(column) != site) {
                    report(channel, CHANNEL__COLUMNS, column, findings);
                }
            }
        }
    }

    private static void checkInPlatform(EObject owner, EReference reference, EObject target,
            ValidationContext context, Findings findings) {
        if (target != null && context.root() instanceof Platform
                && (target.eIsProxy() || EcoreUtil.getRootContainer(target) != context.root())) {
            report(owner, reference, target, findings);
        }
    }

    private static void report(EObject owner, EReference reference, EObject target, Findings findings) {
        findings.add(Rule.REFERENCE_DANGLING, owner, reference, Describe.type(owner), Describe.object(owner),
                ModelLabels.featureLabel(reference), Describe.object(target));
    }

    private static Site siteOf(EObject object) {
        EObject current = object.eContainer();
        while (current != null && !(current instanceof Site)) {
            current = current.eContainer();
        }
        return (Site) current;
    }
}

package org.govsite.model.validation;

import static org.govsite.model.GovSitePackage.Literals.SITE__ALIASES;
import static org.govsite.model.GovSitePackage.Literals.SITE__MAIN_DOMAIN;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.govsite.model.Organisation;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.guide.GovernmentDomains;

/**
 * The domain rules of the Guide (国办发〔2017〕47号 三（一）4 域名规范): {@link Rule#DOMAIN_SYNTAX},
 * {@link Rule#DOMAIN_SUFFIX}, {@link Rule#DOMAIN_PORTAL}, {@link Rule#DOMAIN_DEPARTMENT}, {@link Rule#DOMAIN_UNIQUE}.
 */
final class DomainRules {
    private static final String LABEL = "[a-z0-9\\p{IsHan}](?:[a-z0-9\\p{IsHan}-]{0,61}[a-z0-9\\p{IsHan}])?"; //$NON-NLS-1$
    private static final Pattern HOST = Pattern.compile(LABEL + "(?:\\." + LABEL + ")+"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern PORTAL = Pattern.compile("www\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.gov\\.cn"); //$NON-NLS-1$
    private static final Pattern DEPARTMENT_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"); //$NON-NLS-1$
    private static final String WWW = "www."; //$NON-NLS-1$

    private DomainRules() {
    }

    static void check(Site site, ValidationContext context, Findings findings) {
        boolean mainWellFormed = checkForm(site, SITE__MAIN_DOMAIN, site.getMainDomain(), findings);
        for (String alias : site.getAliases()) {
            checkForm(site, SITE__ALIASES, alias, findings);
        }
        if (mainWellFormed) {
            if (site.getKind() == SiteKind.PORTAL) {
                checkPortal(site, findings);
            } else if (site.getKind() == SiteKind.DEPARTMENT) {
                checkDepartment(site, findings);
            }
        }
        checkUnique(site, context, findings);
    }

    /** Syntax and suffix of one domain; true when a present domain passes both. */
    private static boolean checkForm(Site site, EStructuralFeature feature, String domain, Findings findings) {
        if (Text.isBlank(domain)) {
            return false;
        }
        if (!HOST.matcher(domain).matches()) {
            findings.add(Rule.DOMAIN_SYNTAX, site, feature, Describe.object(site), domain);
            return false;
        }
        if (!GovernmentDomains.isGovernmentHost(domain)) {
            findings.add(Rule.DOMAIN_SUFFIX, site, feature, Describe.object(site), domain);
            return false;
        }
        return true;
    }

    private static void checkPortal(Site site, Findings findings) {
        if (!PORTAL.matcher(site.getMainDomain()).matches()) {
            findings.add(Rule.DOMAIN_PORTAL, site, SITE__MAIN_DOMAIN, Describe.object(site), site.getMainDomain());
        }
    }

    /** The main domain must be ○○○.□□□.gov.cn under www.□□□.gov.cn, the portal of the host's superior. */
    private static void checkDepartment(Site site, Findings findings) {
        Organisation host = site.getHost();
        Organisation government = host == null ? null : host.getSuperior();
        Site portal = government == null ? null : Sites.portalOf(government);
        if (portal == null || Text.isBlank(portal.getMainDomain())) {
            return;
        }
        String portalDomain = Text.key(portal.getMainDomain());
        if (!portalDomain.startsWith(WWW)) {
            return;
        }
        String base = portalDomain.substring(WWW.length());
        String domain = site.getMainDomain();
        boolean under = domain.endsWith('.' + base)
                && DEPARTMENT_LABEL.matcher(domain.substring(0, domain.length() - base.length() - 1)).matches();
        if (!under) {
            findings.add(Rule.DOMAIN_DEPARTMENT, site, SITE__MAIN_DOMAIN, Describe.object(site), domain,
                    Describe.object(portal), portalDomain, base);
        }
    }

    private static void checkUnique(Site site, ValidationContext context, Findings findings) {
        if (!Sites.holdsDomain(site)) {
            return;
        }
        String mainKey = Text.isBlank(site.getMainDomain()) ? null : Text.key(site.getMainDomain());
        for (String domain : Sites.domainKeys(site)) {
            Site other = context.index().otherDomainUser(domain, site);
            if (other != null) {
                EStructuralFeature feature = domain.equals(mainKey) ? SITE__MAIN_DOMAIN : SITE__ALIASES;
                findings.add(Rule.DOMAIN_UNIQUE, site, feature, domain, Describe.object(site), Describe.object(other));
            }
        }
    }
}

package org.govsite.model.validation;

import static org.govsite.model.GovSitePackage.Literals.SITE__ID_CODE;

import org.govsite.model.Organisation;
import org.govsite.model.Site;
import org.govsite.model.guide.GuideRules;

/**
 * The 政府网站标识码 rules: {@link Rule#IDCODE_FORMAT}, {@link Rule#IDCODE_DIVISION}, {@link Rule#IDCODE_UNIQUE}.
 * A local code is the 6-digit division code (GB/T 2260) and a 4-digit serial; a State Council department code is bm
 * and 8 digits.
 */
final class IdCodeRules {
    private static final int DIVISION_LENGTH = 6;
    /** Guards the walk up {@link Organisation#getSuperior()} against cycles. */
    private static final int MAX_DEPTH = 16;

    private IdCodeRules() {
    }

    static void check(Site site, ValidationContext context, Findings findings) {
        String code = site.getIdCode();
        if (Text.isBlank(code)) {
            return;
        }
        if (GuideRules.LOCAL_ID_CODE.matcher(code).matches()) {
            checkDivision(site, code, findings);
        } else if (!GuideRules.isIdCode(code)) {
            findings.add(Rule.IDCODE_FORMAT, site, SITE__ID_CODE, Describe.object(site), code);
        }
        Site other = context.index().otherIdCodeUser(code.trim(), site);
        if (other != null) {
            findings.add(Rule.IDCODE_UNIQUE, site, SITE__ID_CODE, code, Describe.object(site), Describe.object(other));
        }
    }

    private static void checkDivision(Site site, String code, Findings findings) {
        Organisation owner = divisionOwner(site.getHost());
        if (owner != null && !code.startsWith(owner.getDivisionCode().trim())) {
            findings.add(Rule.IDCODE_DIVISION, site, SITE__ID_CODE, Describe.object(site), code,
                    Describe.object(owner), owner.getDivisionCode());
        }
    }

    /** The host, or the nearest superior, that has a 6-character division code; null if none. */
    private static Organisation divisionOwner(Organisation host) {
        Organisation current = host;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            String division = current.getDivisionCode();
            if (!Text.isBlank(division) && division.trim().length() == DIVISION_LENGTH) {
                return current;
            }
            current = current.getSuperior();
        }
        return null;
    }
}

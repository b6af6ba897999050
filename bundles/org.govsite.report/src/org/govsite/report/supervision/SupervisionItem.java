package org.govsite.report.supervision;

import org.govsite.report.Unit;

/**
 * The counted rows of the supervision report besides the spot checks, in the report's order, with their unit. Sites
 * opened and closed are counted from the model ({@link SiteChanges}); the rest are entered by hand.
 */
public enum SupervisionItem {
    SITES_OPENED(Unit.ITEMS), SITES_MERGED(Unit.ITEMS), SITES_CLOSED(Unit.ITEMS),
    ERRORS_RECEIVED(Unit.ENTRIES), ERRORS_FORWARDED(Unit.ENTRIES), ERRORS_ANSWERED(Unit.ENTRIES),
    ACCOUNTABILITY(Unit.PERSON_TIMES), SECURITY_CHECKS(Unit.TIMES), COUNTERFEIT_FOUND(Unit.ITEMS),
    COUNTERFEIT_HANDLED(Unit.ITEMS), STAFF_TRAINED(Unit.PERSON_TIMES);

    private final Unit unit;

    SupervisionItem(Unit unit) {
        this.unit = unit;
    }

    /** @return the unit printed beside the count */
    public Unit unit() {
        return unit;
    }
}

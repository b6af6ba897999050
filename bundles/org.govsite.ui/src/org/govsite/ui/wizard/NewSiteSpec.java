package org.govsite.ui.wizard;

import org.govsite.model.GovSiteFactory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Organisation;
import org.govsite.model.OrganisationKind;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.ids.Ids;

/** What the New Site wizard collects; the handler turns it into model objects after Finish. */
public final class NewSiteSpec {

    public SiteKind kind = SiteKind.PORTAL;
    public SiteLevel level = SiteLevel.CITY;
    /** The host organisation when an existing one is chosen; null means a new one named {@link #newOrganisationName}. */
    public Organisation organisation;
    public String newOrganisationName = "";
    public String newOrganisationDivisionCode = "";
    public String name = "";
    public String mainDomain = "";
    public String idCode = "";

    /** A new, detached site with the collected values (no host set). */
    public Site toSite() {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setId(Ids.newId());
        site.setKind(kind);
        site.setLevel(level);
        site.setName(name.strip());
        site.setMainDomain(blankToNull(mainDomain));
        site.setIdCode(blankToNull(idCode));
        site.setStatus(LifecycleStatus.PLANNED);
        return site;
    }

    /** A new, detached organisation from the collected name and division code. */
    public Organisation toNewOrganisation() {
        Organisation created = GovSiteFactory.eINSTANCE.createOrganisation();
        created.setId(Ids.newId());
        created.setName(newOrganisationName.strip());
        created.setDivisionCode(blankToNull(newOrganisationDivisionCode));
        created.setKind(kind == SiteKind.PORTAL ? OrganisationKind.GOVERNMENT : OrganisationKind.DEPARTMENT);
        return created;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

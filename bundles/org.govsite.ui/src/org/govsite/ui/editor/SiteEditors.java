package org.govsite.ui.editor;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.govsite.model.Site;
import org.govsite.ui.edit.ColumnCommands;

/** Opens the site editor for a site, or for the site of a column (then selecting that column): one editor per site. */
@Creatable
public class SiteEditors {

    public static final String DESCRIPTOR_ID = "org.govsite.ui.partdescriptor.siteEditor";

    private final EPartService partService;

    @Inject
    public SiteEditors(EPartService partService) {
        this.partService = partService;
    }

    /**
     * Opens (or activates) the editor of {@code target}'s site, showing {@code target} when it is a column, topic or
     * channel; returns null when it belongs to no site.
     */
    public MPart open(EObject target) {
        Site site = ColumnCommands.siteOf(target);
        if (site == null) {
            return null;
        }
        MPart part = partOf(site);
        partService.showPart(part, PartState.ACTIVATE);
        if (target != site && part.getObject() instanceof SiteEditorPart editor) {
            editor.reveal(target);
        }
        return part;
    }

    /** @return the editor part of {@code site}, made when it has none */
    private MPart partOf(Site site) {
        return partService.getParts().stream()
                .filter(p -> site.getId().equals(p.getPersistedState().get(SiteEditorPart.SITE_ID))).findFirst()
                .orElseGet(() -> newPart(site));
    }

    /** Opens the editor of {@code site} on the tab of {@code list} (its topics or channels) with a new one's dialog. */
    public void create(Site site, EReference list) {
        if (open(site).getObject() instanceof SiteEditorPart editor) {
            editor.create(list);
        }
    }

    private MPart newPart(Site site) {
        MPart part = partService.createPart(DESCRIPTOR_ID);
        part.getPersistedState().put(SiteEditorPart.SITE_ID, site.getId());
        part.getTags().add(SiteEditorPart.SITE_ID + ":" + site.getId());
        part.setLabel(site.getName());
        return part;
    }
}

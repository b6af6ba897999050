package org.govsite.ui.report;

import java.net.URI;
import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.govsite.model.Site;
import org.govsite.ui.Messages;
import org.govsite.ui.audit.SiteHomes;

/**
 * 报表 > 年度报表: opens the annual report editor, on the site selected in the platform explorer when one is (by the
 * host of its main domain; an editor already open on it is activated), else on a new editor choosing its site.
 */
public class OpenReportHandler {

    @Execute
    void execute(EPartService parts, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        String host = selection instanceof Site site ? SiteHomes.home(site).map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT)).orElse(null) : null;
        MPart part = host == null ? null
                : parts.getParts().stream().filter(p -> ReportEditorPart.DESCRIPTOR_ID.equals(p.getElementId())
                        && host.equals(p.getPersistedState().get(ReportEditorPart.HOST))).findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(ReportEditorPart.DESCRIPTOR_ID);
            part.setLabel(Messages.AnnualReport_title);
            if (host != null) {
                part.getPersistedState().put(ReportEditorPart.HOST, host);
            }
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}

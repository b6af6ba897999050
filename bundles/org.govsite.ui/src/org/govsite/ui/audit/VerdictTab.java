package org.govsite.ui.audit;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.ui.Messages;

/**
 * 审计设置's 评分 tab: the verdict's pass mark, points per broken link (home page, elsewhere) and per stale first-level
 * policy column, and the counts of stale, not updated and empty columns that fail a site. Widget ids
 * {@code auditSettings.passMark|homeLinkPoints|linkPoints|policyStalePoints|staleColumnsVeto|notUpdatedColumnsVeto|
 * emptyColumnsVeto}.
 */
final class VerdictTab {
    private final VerdictSettings initial;
    private final Text passMark;
    private final Text homeLinkPoints;
    private final Text linkPoints;
    private final Text policyStalePoints;
    private final Text staleColumnsVeto;
    private final Text notUpdatedColumnsVeto;
    private final Text emptyColumnsVeto;

    VerdictTab(Composite page, VerdictSettings initial) {
        this.initial = initial;
        passMark = SettingsFields.field(page, Messages.AuditSettings_passMark, "passMark", //$NON-NLS-1$
                SettingsFields.number(initial.passMark()));
        homeLinkPoints = SettingsFields.field(page, Messages.AuditSettings_homeLinkPoints, "homeLinkPoints", //$NON-NLS-1$
                SettingsFields.number(initial.brokenLinkHomePoints()));
        linkPoints = SettingsFields.field(page, Messages.AuditSettings_linkPoints, "linkPoints", //$NON-NLS-1$
                SettingsFields.number(initial.brokenLinkPoints()));
        policyStalePoints = SettingsFields.field(page, Messages.AuditSettings_policyStalePoints, "policyStalePoints", //$NON-NLS-1$
                SettingsFields.number(initial.policyStalePoints()));
        staleColumnsVeto = SettingsFields.field(page, Messages.AuditSettings_staleColumnsVeto, "staleColumnsVeto", //$NON-NLS-1$
                Integer.toString(initial.staleColumnsVeto()));
        notUpdatedColumnsVeto = SettingsFields.field(page, Messages.AuditSettings_notUpdatedColumnsVeto, "notUpdatedColumnsVeto", //$NON-NLS-1$
                Integer.toString(initial.notUpdatedColumnsVeto()));
        emptyColumnsVeto = SettingsFields.field(page, Messages.AuditSettings_emptyColumnsVeto, "emptyColumnsVeto", //$NON-NLS-1$
                Integer.toString(initial.emptyColumnsVeto()));
    }

    /**
     * @param problems where what is wrong is added, one line each (a pass mark or points outside 0 to 100, a count
     *        below 1)
     * @return the settings typed, or null when something was wrong
     */
    VerdictSettings read(List<String> problems) {
        int before = problems.size();
        if (!VerdictSettings.validPoints(SettingsFields.decimal(passMark.getText()))) {
            problems.add(NLS.bind(Messages.AuditSettings_badPassMark, passMark.getText()));
        }
        for (Text points : List.of(homeLinkPoints, linkPoints, policyStalePoints)) {
            if (!VerdictSettings.validPoints(0, SettingsFields.decimal(points.getText()))) {
                problems.add(NLS.bind(Messages.AuditSettings_badPoints, points.getText()));
            }
        }
        for (Text veto : List.of(staleColumnsVeto, notUpdatedColumnsVeto, emptyColumnsVeto)) {
            if (SettingsFields.whole(veto.getText()) < 1) {
                problems.add(NLS.bind(Messages.AuditSettings_badVeto, veto.getText()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return initial.withPoints(SettingsFields.decimal(passMark.getText()), SettingsFields.decimal(homeLinkPoints.getText()),
                SettingsFields.decimal(linkPoints.getText()), SettingsFields.decimal(policyStalePoints.getText()))
                .withVetoes(SettingsFields.whole(staleColumnsVeto.getText()),
                        SettingsFields.whole(notUpdatedColumnsVeto.getText()), SettingsFields.whole(emptyColumnsVeto.getText()));
    }
}

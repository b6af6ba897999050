package org.govsite.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

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
    /** A field of the tab: its id, label and the setting it shows. */
    private record Field(String id, String label, ToDoubleFunction<VerdictSettings> value) {
    }

    private static final List<Field> POINTS = List.of(
            new Field("passMark", Messages.AuditSettings_passMark, VerdictSettings::passMark), //$NON-NLS-1$
            new Field("homeLinkPoints", Messages.AuditSettings_homeLinkPoints, VerdictSettings::brokenLinkHomePoints), //$NON-NLS-1$
            new Field("linkPoints", Messages.AuditSettings_linkPoints, VerdictSettings::brokenLinkPoints), //$NON-NLS-1$
            new Field("policyStalePoints", Messages.AuditSettings_policyStalePoints, VerdictSettings::policyStalePoints)); //$NON-NLS-1$
    private static final List<Field> VETOES = List.of(
            new Field("staleColumnsVeto", Messages.AuditSettings_staleColumnsVeto, VerdictSettings::staleColumnsVeto), //$NON-NLS-1$
            new Field("notUpdatedColumnsVeto", Messages.AuditSettings_notUpdatedColumnsVeto, //$NON-NLS-1$
                    VerdictSettings::notUpdatedColumnsVeto),
            new Field("emptyColumnsVeto", Messages.AuditSettings_emptyColumnsVeto, VerdictSettings::emptyColumnsVeto)); //$NON-NLS-1$

    private final VerdictSettings initial;
    private final List<Text> points = new ArrayList<>();
    private final List<Text> vetoes = new ArrayList<>();

    VerdictTab(Composite page, VerdictSettings initial) {
        this.initial = initial;
        for (Field field : POINTS) {
            points.add(SettingsFields.field(page, field.label(), field.id(),
                    SettingsFields.number(field.value().applyAsDouble(initial))));
        }
        for (Field field : VETOES) {
            vetoes.add(SettingsFields.field(page, field.label(), field.id(),
                    Integer.toString((int) field.value().applyAsDouble(initial))));
        }
    }

    /**
     * @param problems where what is wrong is added, one line each (a pass mark or points outside 0 to 100, a count
     *        below 1)
     * @return the settings typed, or null when something was wrong
     */
    VerdictSettings read(List<String> problems) {
        int before = problems.size();
        double[] typed = points.stream().mapToDouble(text -> SettingsFields.decimal(text.getText())).toArray();
        if (!VerdictSettings.validPoints(typed[0])) {
            problems.add(NLS.bind(Messages.AuditSettings_badPassMark, points.get(0).getText()));
        }
        for (int i = 1; i < typed.length; i++) {
            if (!VerdictSettings.validPoints(0, typed[i])) {
                problems.add(NLS.bind(Messages.AuditSettings_badPoints, points.get(i).getText()));
            }
        }
        int[] counts = vetoes.stream().mapToInt(text -> SettingsFields.whole(text.getText())).toArray();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 1) {
                problems.add(NLS.bind(Messages.AuditSettings_badVeto, vetoes.get(i).getText()));
            }
        }
        return problems.size() > before ? null
                : initial.withPoints(typed[0], typed[1], typed[2], typed[3]).withVetoes(counts[0], counts[1], counts[2]);
    }
}

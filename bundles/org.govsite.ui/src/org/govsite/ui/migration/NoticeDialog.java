package org.govsite.ui.migration;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.migration.after.MigrationNotices;
import org.govsite.migration.after.NoticeWording;
import org.govsite.migration.after.PlatformSites;
import org.govsite.migration.batch.BatchAfter;
import org.govsite.ui.Controls;
import org.govsite.ui.WidgetIds;

/**
 * 发布迁移公告: the notice's title and text (prefilled with the default wording), the days it is shown (at least 30)
 * and the superior portal (the platform's sites; the portal of the organisation above the site's host chosen at first,
 * {@link PlatformSites#superiorPortal}); OK stays disabled while an entry is wrong, the reason shown.
 * Widget ids: {@code migration.notice.title}, {@code .text}, {@code .days}, {@code .superior}, {@code .error},
 * {@code .ok}, {@code .cancel}.
 */
final class NoticeDialog extends Dialog {
    private final PlatformSites.Site site;
    private final List<PlatformSites.Site> portals;
    private final Optional<PlatformSites.Site> proposed;
    private final NoticeWording wording;
    private Text title;
    private Text text;
    private Text days;
    private Combo superior;
    private Label error;
    private BatchAfter.Notice notice;

    /**
     * @param site the platform site the content went to
     * @param portals the sites that may be the superior portal
     * @param proposed the superior portal chosen at first, if one is known
     * @param wording the default wording
     */
    NoticeDialog(Shell parent, PlatformSites.Site site, List<PlatformSites.Site> portals,
            Optional<PlatformSites.Site> proposed, NoticeWording wording) {
        super(parent);
        this.site = site;
        this.portals = portals;
        this.proposed = proposed;
        this.wording = wording;
    }

    /** @return the notice entered, after OK */
    BatchAfter.Notice notice() {
        return notice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Migration_publishNotice);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label prompt = new Label(area, SWT.WRAP);
        prompt.setText(Messages.Migration_noticePrompt);
        prompt.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        title = Forms.text(area, "migration.notice.title", Messages.Migration_noticeTitle, wording.title(), v -> update()); //$NON-NLS-1$
        new Label(area, SWT.NONE).setText(Messages.Migration_noticeText);
        text = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "migration.notice.text"); //$NON-NLS-1$
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        textData.widthHint = 460;
        textData.heightHint = 90;
        text.setLayoutData(textData);
        text.setText(wording.text());
        text.addListener(SWT.Modify, e -> update());
        days = Forms.text(area, "migration.notice.days", Messages.Migration_noticeDays, //$NON-NLS-1$
                Integer.toString(MigrationNotices.MIN_DAYS), v -> update());
        new Label(area, SWT.NONE).setText(Messages.Migration_noticeSuperior);
        superior = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "migration.notice.superior"); //$NON-NLS-1$
        superior.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        portals.forEach(portal -> superior.add(portal.mainDomain() == null ? portal.name()
                : portal.name() + "（" + portal.mainDomain() + "）")); //$NON-NLS-1$ //$NON-NLS-2$
        proposed.ifPresent(portal -> superior.select(portals.indexOf(portal)));
        superior.addListener(SWT.Selection, e -> update());
        error = WidgetIds.tag(new Label(area, SWT.WRAP), "migration.notice.error"); //$NON-NLS-1$
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "migration.notice"); //$NON-NLS-1$
        update();
    }

    /** @return why the entries cannot be published, or null */
    private String problem() {
        if (title.getText().isBlank()) {
            return Messages.Migration_noticeNoTitle;
        }
        if (text.getText().isBlank()) {
            return Messages.Migration_noticeNoText;
        }
        if (dayCount() < MigrationNotices.MIN_DAYS) {
            return NLS.bind(Messages.Migration_noticeTooShort, MigrationNotices.MIN_DAYS);
        }
        return superior.getSelectionIndex() < 0 ? Messages.Migration_noticeNoSuperior : null;
    }

    /** @return the days typed, or -1 when they are no whole number */
    private int dayCount() {
        try {
            return Integer.parseInt(days.getText().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void update() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = problem();
        error.setText(problem == null ? "" : problem); //$NON-NLS-1$
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        notice = new BatchAfter.Notice(site.id(), portals.get(superior.getSelectionIndex()).id(), title.getText().strip(),
                text.getText().strip(), dayCount());
        super.okPressed();
    }
}

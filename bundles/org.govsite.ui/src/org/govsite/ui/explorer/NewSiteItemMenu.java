package org.govsite.ui.explorer;

import static org.govsite.model.GovSitePackage.Literals.SITE__CHANNELS;
import static org.govsite.model.GovSitePackage.Literals.SITE__TOPICS;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.govsite.model.Site;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.edit.ColumnCommands;
import org.govsite.ui.editor.SiteEditors;

/**
 * The explorer's 新建专题 and 新建频道 (ids {@code explorer.menu.newTopic}, {@code explorer.menu.newChannel}): for the
 * site of the selected site, folder, topic, channel or column, the site editor's dialog of a new one
 * ({@link SiteEditors#create}).
 */
final class NewSiteItemMenu {

    private NewSiteItemMenu() {
    }

    /** Adds the two items to the tree's context menu. */
    static void install(TreeViewer viewer, SiteEditors editors) {
        Menu menu = viewer.getTree().getMenu();
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem topic = Controls.menuItem(menu, "explorer.menu.newTopic", Messages.Editor_newTopic, //$NON-NLS-1$
                () -> create(viewer, editors, SITE__TOPICS));
        MenuItem channel = Controls.menuItem(menu, "explorer.menu.newChannel", Messages.Editor_newChannel, //$NON-NLS-1$
                () -> create(viewer, editors, SITE__CHANNELS));
        menu.addListener(SWT.Show, e -> {
            boolean site = siteOf(viewer.getStructuredSelection().getFirstElement()) != null;
            topic.setEnabled(site);
            channel.setEnabled(site);
        });
    }

    private static void create(TreeViewer viewer, SiteEditors editors, EReference list) {
        Site site = siteOf(viewer.getStructuredSelection().getFirstElement());
        if (site != null) {
            editors.create(site, list);
        }
    }

    private static Site siteOf(Object selected) {
        return switch (selected) {
            case Folder folder -> folder.site();
            case EObject object -> ColumnCommands.siteOf(object);
            case null, default -> null;
        };
    }
}

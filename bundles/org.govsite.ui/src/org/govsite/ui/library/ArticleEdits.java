package org.govsite.ui.library;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.model.Column;
import org.govsite.model.ids.Ids;
import org.govsite.store.StoreException;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ColumnArticles;
import org.govsite.sync.ColumnArticles.Row;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.edit.ColumnCommands;
import org.govsite.ui.session.WorkbenchSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resource library's edits: a new, an edited or a deleted article queued in the replica of the platform the
 * explorer shows, durably, at once (同步 Synchronize pushes it); an article waiting for a decision in 同步 is not
 * edited here; what the session reports says what was queued.
 */
final class ArticleEdits {

    private final WorkbenchSession session;
    private final Shell shell;
    private final AttachmentChooser chooser;

    ArticleEdits(WorkbenchSession session, Shell shell, AttachmentChooser chooser) {
        this.session = session;
        this.shell = shell;
        this.chooser = chooser;
    }

    /** Writes a new article in {@code column}; @return whether it was queued */
    boolean create(Column column) {
        String id = Ids.newId();
        return open(column, null, ArticleDraft.newArticle(id, column.getId()), (article, files) -> queue(id, 0, article, files));
    }

    /** Edits the article listed in {@code column}; @return whether the edit was queued */
    boolean edit(Column column, Row row) {
        if (row.state() == ColumnArticles.State.CONFLICT || row.state() == ColumnArticles.State.REJECTED
                || row.state() == ColumnArticles.State.DELETING) {
            Dialogs.error(shell, Messages.Library_edit, NLS.bind(Messages.Library_waiting, row.title(), state(row.state())));
            return false;
        }
        return open(column, row.title(), row.data(),
                (article, files) -> queue(row.id(), row.baseVersion(), article, files));
    }

    /** Opens the article dialog; on OK the article is queued ({@code save}); @return whether it was */
    private boolean open(Column column, String existing, JsonNode base, ArticleDialog.Save save) {
        ArticleDialog.Files files = new ArticleDialog.Files(chooser,
                digest -> session.replica().flatMap(replica -> replica.files().find(digest)));
        ArticleDialog dialog = new ArticleDialog(shell, ColumnCommands.siteOf(column),
                LibraryColumns.of(session.platform()), existing, base, files, save);
        if (dialog.open() != Window.OK) {
            return false;
        }
        session.report(NLS.bind(Messages.Library_queued, dialog.article().path("title").asText())); //$NON-NLS-1$
        return true;
    }

    /**
     * Queues the article's edit in the replica's outbox, durably, at once, after the files chosen for it (so that no
     * queued edit names a file the replica lacks; a file kept for an edit that never got queued goes at the next push).
     */
    private void queue(String id, long baseVersion, ObjectNode article, List<KeptFile> files) {
        Replica replica = session.replica().orElseThrow(() -> new StoreException(Messages.Library_noReplica));
        files.forEach(replica.files()::keep);
        replica.queueUpsert(ColumnArticles.ARTICLE, id, baseVersion, article);
    }

    /** Queues the article's deletion after a question; @return whether it was queued */
    boolean delete(Row row) {
        if (!Dialogs.confirm(shell, Messages.Library_delete, NLS.bind(Messages.Library_deleteConfirm, row.title()))) {
            return false;
        }
        try {
            Replica replica = session.replica().orElseThrow(() -> new StoreException(Messages.Library_noReplica));
            if (row.baseVersion() == 0) {
                replica.dropAll(ColumnArticles.ARTICLE, row.id()); // the server never had it
            } else {
                replica.queueDelete(ColumnArticles.ARTICLE, row.id(), row.baseVersion());
            }
        } catch (StoreException e) {
            Dialogs.error(shell, Messages.Library_delete, NLS.bind(Messages.Library_queueFailed, e.getMessage()));
            return false;
        }
        session.report(NLS.bind(Messages.Library_deleted, row.title()));
        return true;
    }

    static String state(ColumnArticles.State state) {
        return switch (state) {
            case SYNCED -> Messages.Library_synced;
            case QUEUED -> Messages.Library_queuedState;
            case DELETING -> Messages.Library_deleting;
            case CONFLICT -> Messages.Library_conflict;
            case REJECTED -> Messages.Library_rejected;
        };
    }

}

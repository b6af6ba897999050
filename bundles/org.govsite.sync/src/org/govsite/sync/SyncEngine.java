package org.govsite.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Replica;
import org.govsite.sync.internal.Messages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pulls the server's change feed into a {@link Replica} and pushes its outbox (docs/sync.md). Every step is one
 * replica transaction, so killing the program at any point loses no queued edit and applies nothing twice: a page
 * and its cursor commit together, and a pushed entry is removed together with the server's answer (a repeat after a
 * crash carries the same idempotency key, so the server answers its first answer again instead of applying it twice).
 * Cancel is honoured between pages and between entries ({@link org.eclipse.core.runtime.OperationCanceledException};
 * what was done stays done).
 */
public final class SyncEngine {

    /** Changes asked for per page (the feed's maximum). */
    public static final int PAGE_SIZE = 1000;

    private final Replica replica;
    private final SyncRemote remote;

    public SyncEngine(Replica replica, SyncRemote remote) {
        this.replica = replica;
        this.remote = remote;
    }

    /** Applies the change feed after the replica's cursor, page by page, each page with its cursor in one transaction. */
    public SyncResult pull(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskPull, 10);
        int pulled = 0;
        long cursor = replica.cursor();
        boolean more = true;
        while (more) {
            progress.setWorkRemaining(10);
            progress.split(1);
            ChangePage page;
            try {
                page = remote.changes(cursor, PAGE_SIZE);
            } catch (OfflineException e) {
                return new SyncResult(pulled, 0, 0, cursor, true);
            }
            replica.apply(page);
            pulled += page.changes().size();
            more = page.more() && page.cursor() > cursor;
            cursor = page.cursor();
            progress.subTask(String.valueOf(cursor));
        }
        return new SyncResult(pulled, 0, 0, cursor, false);
    }

    /**
     * Pushes queued entries in queue order. An entry the server refuses as stale is marked CONFLICT with the server's
     * record fetched and kept; later entries of the same object wait behind it (they were made on the same stale
     * version) and the others go on. When the server cannot be reached the push stops and the queue stays as it is.
     */
    public SyncResult push(IProgressMonitor monitor) {
        List<OutboxEntry> queue = replica.outbox();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskPush, queue.size());
        Set<List<String>> blocked = new HashSet<>();
        queue.stream().filter(OutboxEntry::isConflict).forEach(entry -> blocked.add(key(entry)));
        int pushed = 0;
        int conflicts = 0;
        long after = 0;
        for (Optional<OutboxEntry> next = replica.nextQueued(after); next.isPresent(); next = replica.nextQueued(after)) {
            OutboxEntry entry = next.get();
            after = entry.seq();
            progress.setWorkRemaining(Math.max(queue.size() - pushed - conflicts, 1));
            progress.split(1);
            if (blocked.contains(key(entry))) {
                continue;
            }
            try {
                PushOutcome outcome = remote.push(entry);
                if (outcome.conflict()) {
                    replica.conflict(entry, remote.fetch(entry));
                    blocked.add(key(entry));
                    conflicts++;
                } else {
                    replica.pushed(entry, outcome.stored());
                    pushed++;
                }
            } catch (OfflineException e) {
                return new SyncResult(0, pushed, conflicts, replica.cursor(), true);
            }
        }
        return new SyncResult(0, pushed, conflicts, replica.cursor(), false);
    }

    /** The edits in conflict, in queue order, each with the server's record as last known. */
    public List<Conflict> conflicts() {
        return replica.outbox().stream().filter(OutboxEntry::isConflict)
                .map(entry -> new Conflict(entry, replica.find(entry.entity(), entry.id()).orElse(null))).toList();
    }

    /**
     * Resolves a conflict: {@link Resolution#KEEP_MINE} queues my edit again on their version (on a new object when
     * the server no longer has it; a delete of an object they deleted too is simply dropped),
     * {@link Resolution#TAKE_THEIRS} drops my edit, {@link Resolution#MERGE} queues {@code merged} on their version.
     * Requeued edits go to the end of the queue with a new idempotency key; the next push sends them.
     */
    public void resolve(Conflict conflict, Resolution resolution, JsonNode merged) {
        OutboxEntry mine = conflict.mine();
        if (!mine.isConflict()) {
            throw new IllegalArgumentException(Messages.bind(Messages.NotAConflict, mine.seq()));
        }
        long theirVersion = conflict.theirs() == null ? 0 : conflict.theirs().version();
        switch (resolution) {
            case TAKE_THEIRS -> replica.drop(mine);
            case KEEP_MINE -> {
                if (mine.isDelete() && conflict.theirs() == null) {
                    replica.drop(mine);
                } else {
                    replica.requeue(mine, theirVersion, mine.op(), mine.data());
                }
            }
            case MERGE -> {
                if (merged == null) {
                    throw new IllegalArgumentException(Messages.bind(Messages.MergeNeedsData, mine.seq()));
                }
                replica.requeue(mine, theirVersion, OutboxEntry.UPSERT, merged);
            }
        }
    }

    private static List<String> key(OutboxEntry entry) {
        return List.of(entry.entity(), entry.id());
    }
}

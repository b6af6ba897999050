package org.govsite.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Rejection;
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

    /** Changes asked for per page by default (the feed's maximum). */
    public static final int PAGE_SIZE = 1000;

    private static final ThreadFactory FETCHER = Thread.ofPlatform().daemon().name("govsite-sync-fetch").factory();

    private final Replica replica;
    private final SyncRemote remote;
    private final int pageSize;

    public SyncEngine(Replica replica, SyncRemote remote) {
        this(replica, remote, PAGE_SIZE);
    }

    /** An engine asking for {@code pageSize} (1 to {@link #PAGE_SIZE}) changes a page, e.g. on a slow link. */
    public SyncEngine(Replica replica, SyncRemote remote, int pageSize) {
        if (pageSize < 1 || pageSize > PAGE_SIZE) {
            throw new IllegalArgumentException(NLS.bind(Messages.PageSize, pageSize, PAGE_SIZE));
        }
        this.replica = replica;
        this.remote = remote;
        this.pageSize = pageSize;
    }

    /**
     * Applies the change feed after the replica's cursor, page by page, each page with its cursor in one transaction.
     * The next page is fetched (and parsed) on another thread while the replica applies the current one; a cancel or
     * failure discards it.
     */
    public SyncResult pull(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskPull, 10);
        int pulled = 0;
        long cursor = replica.cursor();
        ExecutorService fetcher = Executors.newSingleThreadExecutor(FETCHER);
        try {
            Future<ChangePage> next = fetch(fetcher, cursor);
            while (true) {
                progress.setWorkRemaining(10);
                progress.split(1);
                ChangePage page;
                try {
                    page = await(next);
                } catch (OfflineException e) {
                    return new SyncResult(pulled, 0, 0, 0, cursor, true);
                }
                boolean more = page.more() && page.cursor() > cursor;
                if (more) {
                    next = fetch(fetcher, page.cursor());
                }
                replica.apply(page);
                pulled += page.changes().size();
                cursor = page.cursor();
                progress.subTask(String.valueOf(cursor));
                if (!more) {
                    return new SyncResult(pulled, 0, 0, 0, cursor, false);
                }
            }
        } finally {
            fetcher.shutdownNow();
        }
    }

    private Future<ChangePage> fetch(ExecutorService fetcher, long after) {
        return fetcher.submit(() -> remote.changes(after, pageSize));
    }

    /** The fetched page; the fetch's own exception if it failed; a cancel if this thread is interrupted. */
    private static ChangePage await(Future<ChangePage> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /**
     * Pushes queued entries in queue order, each after the kept files it names (an article's image and attachments;
     * files no entry names any more are dropped at the end). An entry the server refuses as stale is marked CONFLICT with the server's
     * record fetched and kept; one it refuses for a reason of its own (invalid field, role, operator signature) is
     * marked REJECTED with the server's error. Later entries of the same object wait behind either (they were made on
     * the same version, after it) and the others go on. When the server cannot be reached the push stops and the
     * queue stays as it is; other failures (session, response signature, server error) are thrown, the queue as it is.
     */
    public SyncResult push(IProgressMonitor monitor) {
        List<OutboxEntry> queue = replica.outbox();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskPush, queue.size());
        Set<List<String>> blocked = new HashSet<>();
        queue.stream().filter(entry -> !entry.isQueued()).forEach(entry -> blocked.add(key(entry)));
        int pushed = 0;
        int conflicts = 0;
        int rejected = 0;
        long after = 0;
        for (Optional<OutboxEntry> next = replica.nextQueued(after); next.isPresent(); next = replica.nextQueued(after)) {
            OutboxEntry entry = next.get();
            after = entry.seq();
            progress.setWorkRemaining(Math.max(queue.size() - pushed - conflicts - rejected, 1));
            progress.split(1);
            if (blocked.contains(key(entry))) {
                continue;
            }
            try {
                PushOutcome outcome = remote.push(entry, replica.files().namedBy(entry));
                if (outcome.conflict()) {
                    replica.conflict(entry, remote.fetch(entry));
                    blocked.add(key(entry));
                    conflicts++;
                } else if (outcome.rejected()) {
                    replica.reject(entry, outcome.rejectedCode(), outcome.rejectedMessage());
                    blocked.add(key(entry));
                    rejected++;
                } else {
                    replica.pushed(entry, outcome.stored());
                    pushed++;
                }
            } catch (OfflineException e) {
                replica.files().dropUnreferenced();
                return new SyncResult(0, pushed, conflicts, rejected, replica.cursor(), true);
            }
        }
        replica.files().dropUnreferenced();
        return new SyncResult(0, pushed, conflicts, rejected, replica.cursor(), false);
    }

    /** The edits in conflict, in queue order, each with the server's record as last known. */
    public List<Conflict> conflicts() {
        return replica.outbox().stream().filter(OutboxEntry::isConflict)
                .map(entry -> new Conflict(entry, replica.find(entry.entity(), entry.id()).orElse(null))).toList();
    }

    /** The edits the server rejected, in queue order, each with the server's error code and message. */
    public List<Rejection> rejections() {
        return replica.rejections();
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
            throw new IllegalArgumentException(NLS.bind(Messages.NotAConflict, mine.seq()));
        }
        long theirVersion = conflict.theirs() == null ? 0 : conflict.theirs().version();
        settle(mine, resolution, theirVersion, conflict.theirs() == null, merged);
    }

    /**
     * Resolves a rejected edit as a conflict is resolved, on the version the edit was made on:
     * {@link Resolution#KEEP_MINE} queues it again unchanged (e.g. a site delete once the operator key can sign it),
     * {@link Resolution#TAKE_THEIRS} drops it (the server's record stays), {@link Resolution#MERGE} queues
     * {@code edited} (the operator's correction) as an upsert. Requeued edits go to the end of the queue with a new
     * idempotency key.
     */
    public void resolve(Rejection rejection, Resolution resolution, JsonNode edited) {
        OutboxEntry mine = rejection.mine();
        if (!mine.isRejected()) {
            throw new IllegalArgumentException(NLS.bind(Messages.NotRejected, mine.seq()));
        }
        settle(mine, resolution, mine.baseVersion(), false, edited);
    }

    /** Drops or requeues (on {@code base}) an entry waiting for the operator; {@code gone}: the server has no record. */
    private void settle(OutboxEntry mine, Resolution resolution, long base, boolean gone, JsonNode data) {
        switch (resolution) {
            case TAKE_THEIRS -> replica.drop(mine);
            case KEEP_MINE -> {
                if (mine.isDelete() && gone) {
                    replica.drop(mine);
                } else {
                    replica.requeue(mine, base, mine.op(), mine.data());
                }
            }
            case MERGE -> {
                if (data == null) {
                    throw new IllegalArgumentException(NLS.bind(Messages.MergeNeedsData, mine.seq()));
                }
                replica.requeue(mine, base, OutboxEntry.UPSERT, data);
            }
        }
    }

    private static List<String> key(OutboxEntry entry) {
        return List.of(entry.entity(), entry.id());
    }
}

package org.govsite.sync.tests;

import java.nio.file.Path;

import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Replica;

/**
 * Queues one edit in the replica, prints its idempotency key ("queued KEY") and waits to be killed: a kill right
 * after an edit is queued must not lose it. Arguments: replica-folder organisation-id.
 */
public final class QueueChild {

    private QueueChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Replica replica = Replica.open(Path.of(args[0]));
        OutboxEntry entry = replica.queueUpsert(KillTest.ORG, args[1], 0,
                RealServerSyncTest.organisation(args[1], "离线新建"));
        System.out.println("queued " + entry.idempotencyKey());
        Thread.sleep(Long.MAX_VALUE);
    }
}

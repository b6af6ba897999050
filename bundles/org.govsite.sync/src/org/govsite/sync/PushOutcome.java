package org.govsite.sync;

import org.govsite.store.replica.Record;

/**
 * The server's answer to one pushed outbox entry: applied (with the object as the server now has it, null after a
 * delete) or refused because the entry's base version is not the server's ({@link #conflict()}).
 */
public record PushOutcome(boolean conflict, Record stored) {

    public static PushOutcome applied(Record stored) {
        return new PushOutcome(false, stored);
    }

    public static PushOutcome refused() {
        return new PushOutcome(true, null);
    }
}

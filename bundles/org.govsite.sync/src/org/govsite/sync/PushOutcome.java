package org.govsite.sync;

import org.govsite.store.replica.Record;

/**
 * The server's answer to one pushed outbox entry: applied (with the object as the server now has it, null after a
 * delete), refused because the entry's base version is not the server's ({@link #conflict()}), or rejected for a
 * reason of the entry's own ({@link #rejected()}: the server's error code and message, e.g. an invalid field).
 */
public record PushOutcome(boolean conflict, Record stored, String rejectedCode, String rejectedMessage) {

    public static PushOutcome applied(Record stored) {
        return new PushOutcome(false, stored, null, null);
    }

    public static PushOutcome refused() {
        return new PushOutcome(true, null, null, null);
    }

    public static PushOutcome rejected(String code, String message) {
        return new PushOutcome(false, null, code, message);
    }

    public boolean rejected() {
        return rejectedCode != null;
    }
}

package org.govsite.store.replica;

/**
 * An outbox entry the server refused for a reason of its own ({@code mine}, state {@link OutboxEntry#REJECTED}):
 * the server's error {@code code} (e.g. {@code GS-REQ-INVALID-FIELD}) and its {@code message} (technical detail).
 */
public record Rejection(OutboxEntry mine, String code, String message) {
}

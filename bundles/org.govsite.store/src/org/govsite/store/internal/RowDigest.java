package org.govsite.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;

/**
 * SHA-256 over a row's values and dependent list, with type tags and lengths so that different rows never
 * encode alike. Save compares it with the stored {@code row_hash} to skip unchanged rows.
 */
final class RowDigest {

    private final MessageDigest digest;
    private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

    RowDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] of(Row row) {
        for (Object value : row.values()) {
            add(value);
        }
        if (row.dependents() != null) {
            addNumber('L', row.dependents().size());
            row.dependents().forEach(this::add);
        }
        return digest.digest();
    }

    private void add(Object value) {
        switch (value) {
            case null -> digest.update((byte) 'N');
            case String text -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                addNumber('S', bytes.length);
                digest.update(bytes);
            }
            case Integer integer -> addNumber('I', integer);
            case Boolean bool -> digest.update((byte) (bool ? 'T' : 'F'));
            case OffsetDateTime time -> addNumber('D', time.toInstant().toEpochMilli());
            default -> throw new IllegalArgumentException(value.getClass().getName());
        }
    }

    private void addNumber(char tag, long value) {
        digest.update((byte) tag);
        number.clear();
        number.putLong(value);
        digest.update(number.array());
    }
}

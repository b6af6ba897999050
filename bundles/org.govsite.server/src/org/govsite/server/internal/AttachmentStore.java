package org.govsite.server.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bytes of library attachments, on disk under the data folder: {@code attachments/<2 hex>/<sm3 hex>}, one file per
 * content digest, written once (to a temporary file, then moved into place atomically) and never changed. The
 * {@code attachment} table says which files count: a row is only written after its file is complete.
 */
final class AttachmentStore {
    static final String FOLDER = "attachments"; //$NON-NLS-1$

    private final Path root;

    AttachmentStore(Path dataFolder) {
        this.root = dataFolder.resolve(FOLDER);
    }

    /** @return the file of {@code digest} (64 lower-case hex digits) */
    Path file(String digest) {
        return root.resolve(digest.substring(0, 2)).resolve(digest);
    }

    /** Writes {@code bytes}, whose SM3 digest is {@code digest}, unless a file of that digest is there already. */
    void write(String digest, byte[] bytes) throws IOException {
        Path target = file(digest);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), digest, ".part"); //$NON-NLS-1$
        try {
            Files.write(temporary, bytes);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    byte[] read(String digest) throws IOException {
        return Files.readAllBytes(file(digest));
    }

    /** Moves {@code from} to {@code to} atomically where the file system can, replacing what is there. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

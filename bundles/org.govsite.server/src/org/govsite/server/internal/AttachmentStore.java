package org.govsite.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The bytes of library attachments, on disk under the data folder: {@code attachments/<2 hex>/<sm3 hex>}, one file per
 * content digest, written once (to a temporary file, then moved into place atomically) and never changed. The
 * {@code attachment} table says which files count: a row is only written after its file is complete.
 */
final class AttachmentStore {
    static final String FOLDER = "attachments"; //$NON-NLS-1$
    private static final System.Logger LOG = System.getLogger(AttachmentStore.class.getName());

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

    /**
     * Moves the file of {@code digest} aside, for a removal that is not committed yet.
     *
     * @return where it went ({@link #discard} or {@link #putBack} it), or null if there was no file
     */
    Path setAside(String digest) {
        Path file = file(digest);
        if (!Files.exists(file)) {
            return null;
        }
        Path aside = file.resolveSibling(digest + '.' + UUID.randomUUID() + ".removed"); //$NON-NLS-1$
        try {
            move(file, aside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aside;
    }

    /** Deletes a file {@link #setAside} (null: nothing); one that cannot be deleted stays, named {@code *.removed}. */
    void discard(Path aside) {
        try {
            if (aside != null) {
                Files.deleteIfExists(aside);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete " + aside, e); //$NON-NLS-1$
        }
    }

    /** Puts a file {@link #setAside} back as the file of {@code digest} (null: nothing). */
    void putBack(Path aside, String digest) {
        try {
            if (aside != null) {
                move(aside, file(digest));
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "could not put back " + aside, e); //$NON-NLS-1$
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

package org.govsite.store.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.internal.Messages;

/**
 * Writes a file through a temporary sibling that replaces it only when complete, so a failure keeps the old file and
 * leaves no partial one (the platform's interchange files, the workbench's audit reports and settings).
 */
public final class AtomicFile {

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code file} (creating its folder when missing) with what {@code writer} writes.
     *
     * @throws InterchangeException when it cannot be written, naming the file; its cause is the failure, also a
     *         {@link RuntimeException} the writer threw
     */
    public static void write(Path file, Writer writer) {
        try {
            replace(file, writer);
        } catch (IOException | RuntimeException e) {
            throw new InterchangeException(NLS.bind(Messages.WriteFailed, file, e.getMessage()), e);
        }
    }

    /**
     * Writes {@code file} (creating its folder when missing) with what {@code writer} writes, for callers that report
     * the {@link IOException} themselves.
     *
     * @throws IOException when it cannot be written (the old file kept, no temporary file left); also a
     *         {@link RuntimeException} the writer threw, the same way
     */
    public static void replace(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the write failure is what gets reported
            }
        }
    }
}

package org.govsite.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written whole or not at all: through a temporary file beside them, renamed into place. */
public final class AtomicFiles {
    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code file} (its folder created if missing) through a temporary file renamed into place
     * ({@code ATOMIC_MOVE}): a failed or interrupted write leaves the old file or none, never half a file.
     */
    public static void write(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.write(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

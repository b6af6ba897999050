package org.govsite.migration.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.govsite.crypto.Sm3;

/**
 * A content-addressed folder: each attachment at {@code <folder>/<first two hex digits>/<digest>}, written once
 * (through a temporary file renamed into place, so a crash leaves no half file under a digest's name).
 *
 * @param folder the folder (created when missing)
 */
public record DigestFolder(Path folder) implements AttachmentStore {

    @Override
    public String put(byte[] bytes) {
        String digest = Sm3.digestHex(bytes);
        Path file = path(digest);
        if (Files.isRegularFile(file)) {
            return digest;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), digest, ".part"); //$NON-NLS-1$
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.delete(temporary); // another thread kept the same bytes first
            }
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return where the attachment with {@code digest} is (or would be) kept */
    public Path path(String digest) {
        return folder.resolve(digest.substring(0, 2)).resolve(digest);
    }
}

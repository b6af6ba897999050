package org.govsite.ui.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.govsite.crypto.Sm3;
import org.govsite.protocol.FileTypes;
import org.govsite.store.replica.KeptFile;
import org.govsite.ui.Messages;

/** A file chosen for an article, read and checked as the platform will take it: its size, and an image's type. */
final class ChosenFiles {

    /** Thrown when a chosen file cannot be attached; the message says why, in the workbench's language. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private ChosenFiles() {
    }

    /**
     * @param image whether the file is to be the article's image (then it must be one)
     * @return the file to keep with the article's edit: its SM3 digest, the type its bytes show, its name and bytes
     */
    static KeptFile read(Path file, boolean image) throws RefusedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > FileTypes.MAX_ATTACHMENT_BYTES) {
                throw new RefusedException(NLS.bind(Messages.Article_fileTooLarge, name, FileTypes.MAX_ATTACHMENT_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefusedException(NLS.bind(Messages.Article_fileUnreadable, name, e.getMessage()));
        }
        String type = FileTypes.detect(bytes, null, name);
        if (image && !type.startsWith("image/")) { //$NON-NLS-1$
            throw new RefusedException(NLS.bind(Messages.Article_notImage, name));
        }
        return new KeptFile(Sm3.digestHex(bytes), type, name, bytes);
    }

    /** @return how the dialog names a file: its name and size */
    static String label(KeptFile file) {
        return NLS.bind(Messages.Article_fileSize, file.name(), (file.bytes().length + 1023) / 1024);
    }
}

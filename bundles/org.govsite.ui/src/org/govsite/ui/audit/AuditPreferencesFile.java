package org.govsite.ui.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.interchange.AtomicFile;
import org.govsite.store.interchange.InterchangeException;
import org.govsite.ui.Messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The workbench's {@link AuditPreferences} as a JSON file in the workspace ({@value #FILE_NAME}), written atomically.
 * A missing file means the defaults; a damaged one is never overwritten by reading: opening it fails naming it.
 */
public final class AuditPreferencesFile {

    /** The file's name in the workspace. */
    public static final String FILE_NAME = "audit-settings.json"; //$NON-NLS-1$

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public AuditPreferencesFile(Path file) {
        this.file = file;
    }

    /**
     * @return the saved preferences, or the defaults when none were saved
     * @throws IllegalStateException when the file cannot be read, naming it
     */
    public AuditPreferences read() {
        if (!Files.exists(file)) {
            return AuditPreferences.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), AuditPreferences.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(NLS.bind(Messages.AuditSettings_readFailed, file, e.getMessage()), e);
        }
    }

    /**
     * Saves the preferences, replacing the file whole.
     *
     * @throws InterchangeException when the file cannot be written, naming it (the old file is kept)
     */
    public void write(AuditPreferences preferences) {
        AtomicFile.write(file, out -> JSON.writeValue(out, preferences));
    }
}

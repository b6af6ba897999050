package org.govsite.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the files of a new generation of a site's pages, taking over unchanged ones from the generation served
 * before: each file is written with a fingerprint of everything it shows, and a file whose fingerprint the previous
 * generation's manifest gives for the same path is linked to that generation's file (a hard link; a copy where the
 * file system has none) instead of being made again. The manifest ({@value #MANIFEST} in the generation's folder,
 * which the site handler never serves: hidden names do not match) lists each path with its fingerprint. A previous
 * generation without a manifest, or whose file is gone, makes the file anew: a publish never depends on it.
 */
final class GenerationWriter {
    /** Makes a file, only when it cannot be taken over. */
    @FunctionalInterface
    interface Maker {
        /** @param file does not exist; its folder does */
        void make(Path file) throws IOException;
    }

    static final String MANIFEST = ".pages"; //$NON-NLS-1$

    private final Path folder;
    private final Path previous;
    private final Map<String, String> previousFingerprints;
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    /** the folders made so far (a site's pages share a few hundred folders) */
    private final Set<Path> folders = new HashSet<>();

    /** @param previous the folder of the generation served until now, or null */
    GenerationWriter(Path folder, Path previous) throws IOException {
        this.folder = folder;
        this.previous = previous;
        this.previousFingerprints = previous == null ? Map.of() : read(previous.resolve(MANIFEST));
        Files.createDirectories(folder);
    }

    /**
     * Makes the file of {@code path} (a published path, {@link SiteLayout#storedFile}), or takes it over.
     *
     * @return whether it was made anew
     */
    boolean write(String path, String fingerprint, Maker maker) throws IOException {
        if (takeOver(path, fingerprint)) {
            return false;
        }
        Path file = folder.resolve(SiteLayout.storedFile(path));
        fingerprints.put(path, fingerprint);
        maker.make(file);
        return true;
    }

    /**
     * Takes the file of {@code path} over from the previous generation if it has it with this fingerprint.
     *
     * @return whether it did; if not, nothing is written ({@link #write} makes it)
     */
    boolean takeOver(String path, String fingerprint) throws IOException {
        String stored = SiteLayout.storedFile(path);
        Path file = folder.resolve(stored);
        if (fingerprints.remove(path) != null) {
            Files.delete(file); // written twice: never write through a link into the previous generation's file
        }
        makeFolder(file.getParent());
        if (fingerprint.equals(previousFingerprints.get(path)) && link(previous.resolve(stored), file)) {
            fingerprints.put(path, fingerprint);
            return true;
        }
        return false;
    }

    /** Writes the manifest; nothing is written after it. */
    void finish() throws IOException {
        StringBuilder manifest = new StringBuilder();
        fingerprints.forEach((path, fingerprint) -> manifest.append(fingerprint).append(' ').append(path).append('\n'));
        Files.writeString(folder.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
    }

    private void makeFolder(Path folder) throws IOException {
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
    }

    private static boolean link(Path old, Path file) throws IOException {
        try {
            Files.createLink(file, old);
            return true;
        } catch (NoSuchFileException e) {
            return false; // the previous generation deleted meanwhile (by a publish that finished since)
        } catch (IOException | UnsupportedOperationException e) {
            return copy(old, file);
        }
    }

    private static boolean copy(Path old, Path file) throws IOException {
        try {
            Files.copy(old, file);
            return true;
        } catch (IOException e) {
            Files.deleteIfExists(file); // what a failed copy left
            return false;
        }
    }

    /** @return the fingerprints of a manifest by path; none when it is missing or unreadable */
    private static Map<String, String> read(Path manifest) {
        Map<String, String> fingerprints = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (String line : lines) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    fingerprints.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (IOException e) {
            return Map.of(); // a generation published before manifests, or damaged: everything is made anew
        }
        return fingerprints;
    }
}

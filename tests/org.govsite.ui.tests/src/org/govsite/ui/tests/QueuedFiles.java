package org.govsite.ui.tests;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.migration.MigrationFiles;

/** Answers the migration's file and folder questions without dialogs: the paths added, in order; none left: cancelled. */
final class QueuedFiles implements MigrationFiles {
    private final Deque<Path> chosen = new ArrayDeque<>();

    /** The answer to the next question. */
    void add(Path path) {
        chosen.add(path);
    }

    @Override
    public Optional<Path> open(Shell shell, String title, String... extensions) {
        return Optional.ofNullable(chosen.poll());
    }

    @Override
    public Optional<Path> save(Shell shell, String title, String name, String... extensions) {
        return Optional.ofNullable(chosen.poll());
    }

    @Override
    public Optional<Path> folder(Shell shell, String title) {
        return Optional.ofNullable(chosen.poll());
    }
}

package org.govsite.ui.migration;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/** Asks for the files and folders of a migration (file dialogs in the workbench; tests answer without dialogs). */
public interface MigrationFiles {

    /** @return the file chosen to open, with one of {@code extensions} ({@code *.csv} style) */
    Optional<Path> open(Shell shell, String title, String... extensions);

    /** @return the file chosen to write, suggested {@code name} */
    Optional<Path> save(Shell shell, String title, String name, String... extensions);

    /** @return the folder chosen */
    Optional<Path> folder(Shell shell, String title);
}

package org.govsite.ui.migration;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The workbench's {@link MigrationFiles}: SWT's file and folder dialogs. */
final class MigrationFileDialogs implements MigrationFiles {

    @Override
    public Optional<Path> open(Shell shell, String title, String... extensions) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(extensions);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public Optional<Path> save(Shell shell, String title, String name, String... extensions) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(name);
        dialog.setFilterExtensions(extensions);
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public Optional<Path> folder(Shell shell, String title) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(title);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }
}

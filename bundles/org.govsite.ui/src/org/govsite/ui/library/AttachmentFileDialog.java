package org.govsite.ui.library;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;

/** The native open dialog: one image (filtered to image files first) or several attachments. */
public final class AttachmentFileDialog implements AttachmentChooser {

    private static final String IMAGES = "*.jpg;*.jpeg;*.png;*.gif;*.bmp;*.webp"; //$NON-NLS-1$
    private static final String ALL = "*"; //$NON-NLS-1$

    @Override
    public List<Path> choose(Shell shell, boolean image) {
        FileDialog dialog = new FileDialog(shell, image ? SWT.OPEN : SWT.OPEN | SWT.MULTI);
        dialog.setText(image ? Messages.Article_chooseImage : Messages.Article_chooseFiles);
        if (image) {
            dialog.setFilterExtensions(new String[] { IMAGES, ALL });
        }
        if (dialog.open() == null) {
            return List.of();
        }
        Path folder = Path.of(dialog.getFilterPath());
        return Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList();
    }
}

package org.govsite.ui.library;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the operator for files to attach to an article (the workbench's is {@link AttachmentFileDialog}; tests give
 * their own through the e4 context).
 */
public interface AttachmentChooser {

    /**
     * @param image one image file (the article's 标题图片) rather than any number of attachments
     * @return the files chosen, none when the operator cancelled
     */
    List<Path> choose(Shell shell, boolean image);
}

package org.govsite.ui.audit;

import java.net.URI;

import org.eclipse.swt.program.Program;

/** Opens pages in the desktop's web browser. */
public final class SystemBrowser implements PageOpener {

    @Override
    public void open(URI page) {
        Program.launch(page.toString());
    }
}

package org.govsite.ui.audit;

import java.net.URI;

/** Opens a page for the operator to look at (the system browser in the workbench; tests record the pages). */
@FunctionalInterface
public interface PageOpener {

    void open(URI page);
}

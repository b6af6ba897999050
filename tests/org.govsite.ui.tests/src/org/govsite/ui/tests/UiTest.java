package org.govsite.ui.tests;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.demo.DemoProvince;
import org.govsite.model.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the UI tests: a fresh {@link TestWorkbench} per test on a store in a temporary folder. */
abstract class UiTest {

    private static Platform small;

    @TempDir
    Path folder;

    TestWorkbench workbench;

    @BeforeEach
    void openWorkbench() {
        workbench = new TestWorkbench(folder.resolve("store"));
    }

    @AfterEach
    void closeWorkbench() {
        workbench.close();
    }

    /** A copy of the SMALL demo province (generated once per test run). */
    static synchronized Platform smallProvince() {
        if (small == null) {
            small = DemoProvince.generate(DemoProvince.Size.SMALL, 7L);
        }
        return EcoreUtil.copy(small);
    }
}

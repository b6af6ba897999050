package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.ui.session.WorkbenchSession;
import org.junit.jupiter.api.Test;

class SessionStartTest extends UiTest {

    @Test
    void anEmptyStoreOpensAnEmptyPlatformWithoutDemo() {
        WorkbenchSession.Opening opening = workbench.session().loadOrCreate(false, new NullProgressMonitor());
        assertTrue(opening.platform().getSites().isEmpty());
        assertTrue(opening.stored(), "nothing to save");
    }

    @Test
    void withDemoAnEmptyStoreOpensTheGeneratedProvinceWhichIsSavedAndLoadedNextTime() {
        WorkbenchSession session = workbench.session();
        WorkbenchSession.Opening demo = session.loadOrCreate(true, new NullProgressMonitor());
        assertFalse(demo.stored());
        assertTrue(demo.platform().getSites().size() > 300, "the STANDARD province");
        session.install(demo.platform(), demo.stored());
        assertTrue(session.isDirty(), "a generated province is unsaved until saved");
        session.saveNow(new NullProgressMonitor());
        assertFalse(session.isDirty());

        session.close();
        WorkbenchSession.Opening next = workbench.openSession().loadOrCreate(true, new NullProgressMonitor());
        assertTrue(next.stored());
        assertEquals(demo.platform().getId(), next.platform().getId());
        assertEquals(demo.platform().getSites().size(), next.platform().getSites().size());
    }
}

package org.govsite.benchmarks.ui;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.govsite.benchmarks.StandardProvince;
import org.govsite.store.PlatformStore;
import org.govsite.testing.Folders;
import org.govsite.ui.session.WorkbenchSession;

/**
 * A window for the UI benchmarks: the STANDARD province installed in a real {@link WorkbenchSession} and the e4
 * services a part asks for (selection and part services answer nothing: the benchmarks never select or open).
 * Parts are made with {@link ContextInjectionFactory#make}, as the workbench makes them.
 */
final class UiFixture implements AutoCloseable {

    final Display display;
    final Shell shell;
    private final Path folder;
    private final WorkbenchSession session;
    private final IEclipseContext context;

    UiFixture() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        shell.open();
        folder = Files.createTempDirectory("govsite-bench-ui");
        session = new WorkbenchSession(PlatformStore.open(folder));
        session.install(StandardProvince.get(), true);
        context = EclipseContextFactory.create("benchmark window");
        context.set(WorkbenchSession.class, session);
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        context.set(ESelectionService.class, nothing(ESelectionService.class));
        context.set(EPartService.class, nothing(EPartService.class));
    }

    /** Creates a real part in a fresh area of the window and lets it paint. */
    <T> Created<T> make(Class<T> type) {
        Composite area = new Composite(shell, SWT.NONE);
        MPart model = MBasicFactory.INSTANCE.createPart();
        IEclipseContext partContext = context.createChild(type.getName());
        partContext.set(Composite.class, area);
        partContext.set(MPart.class, model);
        T part = ContextInjectionFactory.make(type, partContext);
        shell.layout(true, true);
        settle();
        return new Created<>(part, area, partContext);
    }

    /** Runs the event loop until nothing is left to do (paints, virtual tree fills, posted runnables). */
    void settle() {
        while (display.readAndDispatch()) {
            // dispatching
        }
    }

    @Override
    public void close() throws Exception {
        shell.dispose();
        session.close();
        Folders.delete(folder);
    }

    private static <T> T nothing(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(UiFixture.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> null;
                }));
    }

    /** A part made by {@link UiFixture#make}; {@link #dispose()} runs its {@code @PreDestroy} and frees its area. */
    record Created<T>(T part, Composite area, IEclipseContext context) {
        void dispose() {
            context.dispose();
            area.dispose();
        }
    }
}

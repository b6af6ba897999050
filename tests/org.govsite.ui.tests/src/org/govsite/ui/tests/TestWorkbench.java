package org.govsite.ui.tests;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;
import org.govsite.ui.editor.SiteEditorPart;
import org.govsite.ui.report.ReportEditorPart;
import org.govsite.ui.library.AttachmentChooser;
import org.govsite.ui.session.WorkbenchSession;

/**
 * A workbench window for tests: a real {@link WorkbenchSession} on a store in a temporary folder, an
 * {@link IEclipseContext} holding it, and the e4 services the parts need (selection and part services as small
 * test implementations, UISynchronize on the test's display). Parts are made with
 * {@link ContextInjectionFactory#make} so that injection runs as in the workbench.
 */
public final class TestWorkbench implements AutoCloseable {

    public final Display display;
    public final Shell shell;
    public final IEclipseContext context;
    public final Path storeFolder;
    public final List<MPart> parts = new ArrayList<>();
    private WorkbenchSession session;

    public TestWorkbench(Path storeFolder) {
        this.storeFolder = storeFolder;
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout(SWT.VERTICAL));
        shell.setSize(1200, 900);
        shell.open();
        context = EclipseContextFactory.create("test workbench");
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        context.set(ESelectionService.class, selectionService(context));
        context.set(EPartService.class, partService());
        context.set(IServiceConstants.ACTIVE_SHELL, shell);
        context.set(AttachmentChooser.class, (parent, image) -> List.of()); // a test that attaches files sets its own
        openSession();
    }

    /** Opens the store folder in a new session (as a workbench start does) and puts it into the context. */
    public WorkbenchSession openSession() {
        session = new WorkbenchSession(PlatformStore.open(storeFolder));
        context.set(WorkbenchSession.class, session);
        return session;
    }

    public WorkbenchSession session() {
        return session;
    }

    /** Installs {@code platform} as if it had been loaded from the store. */
    public Platform show(Platform platform) {
        session.install(platform, true);
        return platform;
    }

    /** Creates a real part in its own area of the window, with its own model element and child context. */
    public <T> T part(Class<T> type, MPart model) {
        Composite area = new Composite(shell, SWT.BORDER);
        IEclipseContext partContext = context.createChild(model.getElementId());
        partContext.set(Composite.class, area);
        partContext.set(MPart.class, model);
        model.setContext(partContext);
        T part = ContextInjectionFactory.make(type, partContext);
        model.setObject(part);
        shell.layout(true, true);
        return part;
    }

    public <T> T part(Class<T> type) {
        MPart model = MBasicFactory.INSTANCE.createPart();
        model.setElementId(type.getName());
        parts.add(model);
        return part(type, model);
    }

    /** Closes a part as the workbench does: disposes its context (running @PreDestroy), then its widgets. */
    public void closePart(Object part) {
        MPart model = parts.stream().filter(p -> p.getObject() == part).findFirst().orElseThrow();
        parts.remove(model);
        Composite area = model.getContext().get(Composite.class);
        model.getContext().dispose();
        area.dispose();
    }

    /** Runs a handler's @Execute through injection, as the workbench's command service does. */
    public Object execute(Object handler) {
        return ContextInjectionFactory.invoke(handler, Execute.class, context);
    }

    @Override
    public void close() {
        parts.forEach(p -> p.getContext().dispose());
        context.dispose();
        shell.dispose();
        session.close();
    }

    private static ESelectionService selectionService(IEclipseContext context) {
        return (ESelectionService) Proxy.newProxyInstance(TestWorkbench.class.getClassLoader(),
                new Class<?>[] { ESelectionService.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "setSelection" -> {
                        context.set(IServiceConstants.ACTIVE_SELECTION, args[0]);
                        yield null;
                    }
                    case "getSelection" -> context.get(IServiceConstants.ACTIVE_SELECTION);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Parts created from descriptors become parts in this window; showing one makes its object (the annual report
     * editor for its descriptor, else the site editor) if needed.
     */
    private EPartService partService() {
        return (EPartService) Proxy.newProxyInstance(TestWorkbench.class.getClassLoader(), new Class<?>[] { EPartService.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "createPart" -> {
                        MPart model = MBasicFactory.INSTANCE.createPart();
                        model.setElementId((String) args[0]);
                        yield model;
                    }
                    case "getParts" -> List.copyOf(parts);
                    case "showPart" -> {
                        MPart model = (MPart) args[0];
                        if (model.getObject() == null) {
                            parts.add(model);
                            Class<?> type = ReportEditorPart.DESCRIPTOR_ID.equals(model.getElementId())
                                    ? ReportEditorPart.class : SiteEditorPart.class;
                            part(type, model);
                        }
                        yield model;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

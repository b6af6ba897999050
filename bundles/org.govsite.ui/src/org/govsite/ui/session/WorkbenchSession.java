package org.govsite.ui.session;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.govsite.demo.DemoProvince;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Platform;
import org.govsite.model.ids.Ids;
import org.govsite.store.PlatformInfo;
import org.govsite.store.PlatformStore;
import org.govsite.ui.Messages;

/**
 * The workbench's editing session: the open local store, the platform being edited and one EMF editing domain
 * whose command stack records every edit (undo, redo, dirty state). Model changes happen on the UI thread;
 * the long operations ({@link #loadOrCreate}, {@link #save}) take a progress monitor and run in jobs.
 */
public final class WorkbenchSession implements AutoCloseable {

    private final PlatformStore store;
    private final AdapterFactoryEditingDomain domain;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final Resource resource = new XMIResourceImpl(URI.createURI("govsite:/platform.xmi"));
    private final ListenerList<SessionListener> listeners = new ListenerList<>();
    private boolean replacedSinceSave;
    private boolean lastDirty;

    public WorkbenchSession(PlatformStore store) {
        this.store = store;
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapters, commandStack, new ResourceSetImpl());
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(emptyPlatform());
        commandStack.addCommandStackListener(event -> fireDirtyIfChanged());
    }

    /** Builds a new, empty platform with a new id and the default name. */
    public static Platform emptyPlatform() {
        Platform platform = GovSiteFactory.eINSTANCE.createPlatform();
        platform.setId(Ids.newId());
        platform.setName(Messages.Session_newPlatformName);
        return platform;
    }

    public Platform platform() {
        return (Platform) resource.getContents().get(0);
    }

    public EditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    /** Executes an edit on the command stack (so it can be undone); returns false when it cannot execute. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    public boolean isDirty() {
        return replacedSinceSave || commandStack.isSaveNeeded();
    }

    /**
     * What the workbench opens on start: the first platform of the store; when the store is empty a generated
     * STANDARD demo province (saved at once) if {@code demo}, else an empty platform. Runs off the UI thread.
     */
    public Platform loadOrCreate(boolean demo, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Session_loading, 10);
        List<PlatformInfo> stored = store.list();
        if (!stored.isEmpty()) {
            return store.load(stored.get(0).id(), progress.split(10)).orElseGet(WorkbenchSession::emptyPlatform);
        }
        if (!demo) {
            return emptyPlatform();
        }
        progress.subTask(Messages.Session_generatingDemo);
        Platform platform = DemoProvince.generate(DemoProvince.Size.STANDARD, 20260101L);
        progress.worked(4);
        store.save(platform, progress.split(6));
        return platform;
    }

    /** Makes {@code platform} the edited one (UI thread): clears undo history; {@code saved} tells whether the store holds it. */
    public void install(Platform platform, boolean saved) {
        commandStack.flush();
        resource.getContents().set(0, platform);
        replacedSinceSave = !saved;
        listeners.forEach(l -> l.platformChanged(platform));
        fireDirtyIfChanged();
    }

    /** The state to save, taken on the UI thread so that saving in a job does not race with edits. */
    public SaveSnapshot snapshot() {
        return new SaveSnapshot(EcoreUtil.copy(platform()), commandStack.getUndoCommand(), platform());
    }

    /** Saves a snapshot in one transaction; runs off the UI thread. */
    public void save(SaveSnapshot snapshot, IProgressMonitor monitor) {
        store.save(snapshot.copy(), monitor);
    }

    /** Records (UI thread) that the snapshot is saved: clears dirty unless edits happened meanwhile. */
    public void saved(SaveSnapshot snapshot) {
        if (snapshot.source() == platform() && commandStack.getUndoCommand() == snapshot.lastCommand()) {
            commandStack.saveIsDone();
            replacedSinceSave = false;
        }
        fireDirtyIfChanged();
    }

    /** Saves now on the calling thread (used by tests and on shutdown). */
    public void saveNow(IProgressMonitor monitor) {
        SaveSnapshot snapshot = snapshot();
        save(snapshot, monitor);
        saved(snapshot);
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    private void fireDirtyIfChanged() {
        boolean dirty = isDirty();
        if (dirty != lastDirty) {
            lastDirty = dirty;
            listeners.forEach(l -> l.dirtyChanged(dirty));
        }
    }

    @Override
    public void close() {
        store.close();
    }

    /** A copy of the platform taken for saving, with the command that was on top of the stack then. */
    public record SaveSnapshot(Platform copy, Command lastCommand, Platform source) {
    }
}

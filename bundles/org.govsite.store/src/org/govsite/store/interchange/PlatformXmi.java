package org.govsite.store.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Platform;
import org.govsite.store.internal.Messages;
import org.xml.sax.SAXParseException;

/**
 * A platform as an EMF XMI file (UTF-8). Every object is identified by its {@code id} attribute (the model's
 * ID attribute), so references are written as those ids.
 */
public final class PlatformXmi {

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_WIDTH, 120);

    private static final Map<String, Object> LOAD_OPTIONS = Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION,
            Boolean.TRUE);

    private PlatformXmi() {
    }

    /**
     * Writes a copy of the platform (the platform itself stays where it is), leaving out references to objects
     * outside it, as the JSON file and the store do; the file is replaced only when complete.
     */
    public static void write(Platform platform, Path file) {
        AtomicFile.write(file, out -> {
            Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
            EObject copy = copier.copy(platform);
            copier.copyReferences();
            resource.getContents().add(copy);
            resource.save(out, SAVE_OPTIONS);
        });
    }

    /** Reads the platform of the file, detached from any resource; any problem in the file fails the whole read. */
    public static Platform read(Path file) {
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, LOAD_OPTIONS);
        } catch (IOException e) {
            throw new InterchangeException(describe(file, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new InterchangeException(describe(file, resource.getErrors().get(0)));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Platform)) {
            throw new InterchangeException(NLS.bind(Messages.NotAPlatform, file));
        }
        EObject platform = resource.getContents().remove(0);
        return (Platform) platform;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                (Resource.Factory) XMIResourceImpl::new);
        resourceSet.getPackageRegistry().put(GovSitePackage.eNS_URI, GovSitePackage.eINSTANCE);
        return resourceSet;
    }

    private static String describe(Path file, Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof XMIException xmi && xmi.getLine() > 0) {
                return NLS.bind(Messages.FileProblem, new Object[] {file, xmi.getLine(), xmi.getColumn(), message(xmi)});
            }
            if (cause instanceof SAXParseException sax) {
                return NLS.bind(Messages.FileProblem,
                        new Object[] {file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage()});
            }
        }
        return NLS.bind(Messages.ReadFailed, file, problem.getMessage());
    }

    private static String message(XMIException problem) {
        Throwable cause = problem.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : problem.getMessage();
    }

    private static String describe(Path file, Resource.Diagnostic problem) {
        return NLS.bind(Messages.FileProblem, new Object[] {file, problem.getLine(), problem.getColumn(),
                problem.getMessage()});
    }
}

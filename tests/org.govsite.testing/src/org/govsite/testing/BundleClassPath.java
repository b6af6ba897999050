package org.govsite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The flat class path equivalent of bundles of the running OSGi framework: a bundle, every bundle it is wired to
 * (imports, required bundles, fragments, transitively) and the framework's own jar, each mapped from its location to
 * a jar or, for a bundle run from its project folder (Tycho's test runtime), to its compiled classes folder (from
 * the framework's {@code osgi.dev} entries, else {@code target/classes}).
 */
public final class BundleClassPath {
    private static final String REFERENCE = "reference:"; //$NON-NLS-1$
    private static final String DEFAULT_OUTPUT = "target/classes"; //$NON-NLS-1$

    private final BundleContext context;
    private final Properties devEntries;

    private BundleClassPath(BundleContext context) {
        this.context = context;
        this.devEntries = devEntries(context.getProperty("osgi.dev")); //$NON-NLS-1$
    }

    /**
     * @param root a class of the bundle whose closure is wanted
     * @param extraBundles symbolic names of further bundles (with their closures) that nothing wires to, e.g. a
     *            {@code ServiceLoader} provider such as {@code slf4j.nop}
     * @return the class path entries, the root bundle's first, without duplicates
     * @throws IllegalStateException if {@code root} is not loaded by a bundle, an extra bundle is not installed, or
     *             a location cannot be mapped to a file
     */
    public static List<Path> of(Class<?> root, String... extraBundles) {
        Bundle bundle = FrameworkUtil.getBundle(root);
        if (bundle == null) {
            throw new IllegalStateException(root.getName() + " is not loaded by an OSGi bundle"); //$NON-NLS-1$
        }
        BundleClassPath classPath = new BundleClassPath(bundle.getBundleContext() != null ? bundle.getBundleContext()
                : FrameworkUtil.getBundle(BundleClassPath.class).getBundleContext());
        List<Bundle> roots = new ArrayList<>(List.of(bundle));
        Arrays.stream(extraBundles).map(classPath::installed).forEach(roots::add);
        return classPath.entries(classPath.closure(roots));
    }

    private Bundle installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("bundle " + symbolicName + " is not installed")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Set<Bundle> closure(List<Bundle> roots) {
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Bundle bundle = pending.removeFirst();
            if (!seen.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                pending.add(wire.getProvider().getBundle());
            }
            for (BundleWire wire : wiring.getProvidedWires(BundleRevision.HOST_NAMESPACE)) {
                pending.add(wire.getRequirer().getBundle());
            }
        }
        return seen;
    }

    private List<Path> entries(Set<Bundle> bundles) {
        Set<Path> entries = new LinkedHashSet<>();
        for (Bundle bundle : bundles) {
            entries.addAll(entries(bundle));
        }
        return List.copyOf(entries);
    }

    private List<Path> entries(Bundle bundle) {
        if (bundle.getBundleId() == Constants.SYSTEM_BUNDLE_ID) {
            return List.of(codeSource(Bundle.class));
        }
        Path file = file(bundle.getLocation());
        if (!Files.isDirectory(file)) {
            return List.of(file);
        }
        String dev = devEntries.getProperty(bundle.getSymbolicName(), devEntries.getProperty("*", DEFAULT_OUTPUT)); //$NON-NLS-1$
        List<Path> folders = Arrays.stream(dev.split(",")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
                .map(file::resolve).filter(Files::isDirectory).toList();
        return folders.isEmpty() ? List.of(file) : folders;
    }

    private Path file(String location) {
        String spec = location.substring(location.indexOf('@') + 1);
        if (spec.startsWith(REFERENCE)) {
            spec = spec.substring(REFERENCE.length());
        }
        try {
            URI uri = new URI(spec.replace(" ", "%20")); //$NON-NLS-1$ //$NON-NLS-2$
            if (uri.isOpaque()) {
                Path installArea = Path.of(URI.create(context.getProperty("osgi.install.area"))); //$NON-NLS-1$
                return installArea.resolve(uri.getSchemeSpecificPart()).normalize();
            }
            return Path.of(uri);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("bundle location " + location + " is not a file", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no file for " + type.getName(), e); //$NON-NLS-1$
        }
    }

    private static Properties devEntries(String osgiDev) {
        Properties entries = new Properties();
        if (osgiDev == null || osgiDev.isBlank()) {
            return entries;
        }
        try (InputStream in = URI.create(osgiDev).toURL().openStream()) {
            entries.load(in);
        } catch (IOException | IllegalArgumentException e) {
            entries.setProperty("*", osgiDev); //$NON-NLS-1$
        }
        return entries;
    }
}

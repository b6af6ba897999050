package org.govsite.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The scripts of one resource folder for Flyway, listed through the class path of a class: its bundle's wiring in
 * OSGi (Flyway's own OSGi scanner only looks into bundles through its bundle context, which an unstarted library
 * bundle does not have), the folder or jar on a flat class path.
 */
final class ScriptFolder implements ResourceProvider {
    private final ClassLoader loader;
    private final String folder;
    private final List<String> names;

    ScriptFolder(Class<?> anchor, String folder) {
        this.loader = anchor.getClassLoader();
        this.folder = folder;
        this.names = list(anchor, folder);
    }

    @Override
    public LoadableResource getResource(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return names.contains(fileName) ? new Script(fileName) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return names.stream().filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .map(name -> (LoadableResource) new Script(name)).toList();
    }

    private static List<String> list(Class<?> anchor, String folder) {
        URL url = anchor.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> { //$NON-NLS-1$
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        yield files.map(file -> file.getFileName().toString()).sorted().toList();
                    }
                }
                case "jar" -> { //$NON-NLS-1$
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        yield jar.stream().map(entry -> entry.getName()).filter(name -> isChild(name, folder))
                                .map(ScriptFolder::fileName).sorted().toList();
                    }
                }
                default -> bundleEntries(anchor, folder);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> bundleEntries(Class<?> anchor, String folder) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            throw new IllegalStateException("cannot list " + folder + ": " + anchor.getName() //$NON-NLS-1$
                    + " is neither in a bundle nor in a folder or jar"); //$NON-NLS-1$
        }
        return bundle.adapt(BundleWiring.class).listResources(folder, "*", BundleWiring.LISTRESOURCES_LOCAL).stream() //$NON-NLS-1$
                .filter(name -> isChild(name, folder)).map(ScriptFolder::fileName).sorted().toList();
    }

    private static boolean isChild(String name, String folder) {
        return name.startsWith(folder + "/") && name.length() > folder.length() + 1 //$NON-NLS-1$
                && name.indexOf('/', folder.length() + 1) < 0;
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** One script, read through the class loader. */
    private final class Script extends LoadableResource {
        private final String fileName;

        Script(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(getAbsolutePath());
            if (in == null) {
                throw new UncheckedIOException(new IOException(getAbsolutePath() + " is gone")); //$NON-NLS-1$
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return folder + "/" + fileName; //$NON-NLS-1$
        }

        @Override
        public String getAbsolutePathOnDisk() {
            URL url = loader.getResource(getAbsolutePath());
            return url == null ? getAbsolutePath() : url.toString();
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}

package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.store.interchange.PlatformXmi;
import org.govsite.store.internal.Messages;
import org.junit.jupiter.api.Test;

class PlatformXmiTest extends InterchangeContract {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:govsite=\"http://www.govsite.org/model/1.0\"";

    @Override
    String extension() {
        return "xmi";
    }

    @Override
    void write(Platform platform, Path file) {
        PlatformXmi.write(platform, file);
    }

    @Override
    Platform read(Path file) {
        return PlatformXmi.read(file);
    }

    @Test
    void idsAreTheIdentifiersOfTheFile() throws IOException {
        Platform platform = Fixtures.small();
        Path file = file("province");
        write(platform, file);
        String text = Files.readString(file);
        Site site = platform.getSites().get(1);
        assertTrue(text.contains("host=\"" + site.getHost().getId() + "\""), "host written by id");
        assertTrue(text.contains("encoding=\"UTF-8\""));
        assertTrue(text.contains(site.getName()), "Chinese names written as text");
    }

    @Test
    void malformedXmlFailsWithItsLine() throws IOException {
        Path file = fileWith(HEADER + "<govsite:Platform " + NAMESPACES + " id=\"p\" name=\"平台\">\n"
                + "  <sites id=\"s\" name=\"站点\">\n</govsite:Platform>\n");
        String message = readFails(file).getMessage();
        String where = NLS.bind(Messages.FileProblem, new Object[] {file, 4, 3, ""});
        assertTrue(message.startsWith(where) && message.contains("sites"), message);
    }

    @Test
    void anUnresolvedReferenceFails() throws IOException {
        readFails(fileWith(HEADER + "<govsite:Platform " + NAMESPACES + " id=\"p\" name=\"平台\">\n"
                + "  <sites id=\"s\" name=\"站点\" operator=\"nobody\"/>\n</govsite:Platform>\n"));
    }

    @Test
    void anotherRootThanAPlatformFails() throws IOException {
        Path file = fileWith(HEADER + "<govsite:Site " + NAMESPACES + " id=\"s\" name=\"站点\"/>\n");
        assertEquals(NLS.bind(Messages.NotAPlatform, file), readFails(file).getMessage());
    }
}

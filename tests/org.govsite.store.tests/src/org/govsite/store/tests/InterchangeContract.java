package org.govsite.store.tests;

import static org.govsite.store.tests.Fixtures.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.govsite.model.GovSiteFactory;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.store.interchange.InterchangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What both interchange formats must do; each format's test adds its own bad inputs. */
abstract class InterchangeContract {

    @TempDir
    Path folder;

    abstract String extension();

    abstract void write(Platform platform, Path file);

    abstract Platform read(Path file);

    Path file(String name) {
        return folder.resolve(name + "." + extension());
    }

    Path fileWith(String text) throws IOException {
        return Files.writeString(file("handmade"), text, StandardCharsets.UTF_8);
    }

    InterchangeException readFails(Path file) {
        InterchangeException failure = assertThrows(InterchangeException.class, () -> read(file));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
        return failure;
    }

    @Test
    void theSmallProvinceRoundTrips() {
        Platform platform = Fixtures.small();
        Path file = file("province");
        write(platform, file);
        assertNull(platform.eResource(), "writing must not move the platform into a resource");
        Platform read = read(file);
        assertSameTree(platform, read);
        assertNull(read.eResource());
    }

    @Test
    void referencesOutsideThePlatformAreLeftOut() {
        Platform platform = Fixtures.small();
        Site site = platform.getSites().get(0);
        Organisation stranger = GovSiteFactory.eINSTANCE.createOrganisation();
        stranger.setId("stranger");
        site.setOperator(stranger);
        Path file = file("province");
        write(platform, file);
        Platform read = read(file);
        assertNull(read.getSites().get(0).getOperator());
        site.setOperator(null);
        assertSameTree(platform, read);
    }

    @Test
    void writingReplacesAnOlderFile() {
        Platform platform = Fixtures.small();
        Path file = file("province");
        write(Fixtures.small(), file);
        platform.setName("新名称");
        write(platform, file);
        assertSameTree(platform, read(file));
    }

    @Test
    void aTruncatedFileFailsAndNamesIt() throws IOException {
        Path file = file("province");
        write(Fixtures.small(), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        readFails(file);
    }

    @Test
    void aMissingFileFailsAndNamesIt() {
        readFails(file("missing"));
    }
}

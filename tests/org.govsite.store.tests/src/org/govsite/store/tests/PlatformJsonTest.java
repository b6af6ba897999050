package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.govsite.model.Column;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.store.interchange.PlatformJson;
import org.govsite.store.internal.Messages;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PlatformJsonTest extends InterchangeContract {

    @Override
    String extension() {
        return "json";
    }

    @Override
    void write(Platform platform, Path file) {
        PlatformJson.write(platform, file);
    }

    @Override
    Platform read(Path file) {
        return PlatformJson.read(file);
    }

    @Test
    void theShapeIsTheDocumentedOne() throws IOException {
        Platform platform = Fixtures.small();
        Path file = file("province");
        write(platform, file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("govsite-platform", json.path("format").asText());
        assertEquals(1, json.path("version").asInt());
        Site site = platform.getSites().get(0);
        JsonNode siteJson = json.at("/platform/sites/0");
        assertEquals(site.getId(), siteJson.path("id").asText());
        assertEquals(site.getKind().getName(), siteJson.path("kind").asText());
        assertEquals(site.getOpenedOn().toInstant().toString(), siteJson.path("openedOn").asText());
        assertEquals(site.getOperator().getId(), siteJson.path("operator").asText());
        assertFalse(siteJson.has("host"), "host is written as the organisation's sites");
        Column child = site.getColumns().get(0).getChildren().get(0);
        assertEquals(child.getName(), siteJson.at("/columns/0/children/0/name").asText());
        Organisation host = site.getHost();
        JsonNode hostJson = json.at("/platform/organisations/" + platform.getOrganisations().indexOf(host));
        assertEquals(site.getId(), hostJson.at("/sites/" + host.getSites().indexOf(site)).asText());
    }

    @Test
    void anUnknownFieldFailsWithItsLineAndColumn() throws IOException {
        Path file = fileWith("""
                {
                  "format": "govsite-platform",
                  "version": 1,
                  "platform": {
                    "id": "p1",
                    "colour": "red"
                  }
                }
                """);
        assertEquals(problem(file, 6, 5, NLS.bind(Messages.UnknownField, "colour")), readFails(file).getMessage());
    }

    @Test
    void anUnknownEnumLiteralFails() throws IOException {
        Path file = fileWith("""
                {"format": "govsite-platform", "version": 1,
                 "platform": {"id": "p1", "level": "GALAXY"}}
                """);
        String message = readFails(file).getMessage();
        assertTrue(message.contains("GALAXY") && message.contains("PROVINCE"), message);
    }

    @Test
    void anUnresolvedReferenceFailsWhereItIs() throws IOException {
        Path file = fileWith("""
                {"format": "govsite-platform", "version": 1,
                 "platform": {"id": "p1", "sites": [
                   {"id": "s1", "operator": "nobody"}]}}
                """);
        assertEquals(problem(file, 3, 29, NLS.bind(Messages.Unresolved, "nobody")), readFails(file).getMessage());
    }

    @Test
    void aBadDateFails() throws IOException {
        Path file = fileWith("""
                {"format": "govsite-platform", "version": 1,
                 "platform": {"id": "p1", "sites": [{"id": "s1", "openedOn": "yesterday"}]}}
                """);
        assertTrue(readFails(file).getMessage().contains(NLS.bind(Messages.BadDate, "yesterday")));
    }

    @Test
    void aDuplicateIdFails() throws IOException {
        Path file = fileWith("""
                {"format": "govsite-platform", "version": 1,
                 "platform": {"id": "p1", "sites": [{"id": "s1"}, {"id": "s1"}]}}
                """);
        assertTrue(readFails(file).getMessage().contains(NLS.bind(Messages.DuplicateFileId, "s1")));
    }

    @Test
    void anotherKindOfJsonIsRefused() throws IOException {
        Path file = fileWith("{\"format\": \"something-else\", \"version\": 1, \"platform\": {\"id\": \"p1\"}}");
        assertEquals(NLS.bind(Messages.JsonFormat, file), readFails(file).getMessage());
    }

    @Test
    void aSyntaxErrorFailsWithItsLine() throws IOException {
        Path file = fileWith("{\"format\": \"govsite-platform\",\n \"version\": 1,\n \"platform\": {\"id\": \"p1\",,}}");
        String message = readFails(file).getMessage();
        assertTrue(message.startsWith(problem(file, 3, 26, "")), message);
    }

    private static String problem(Path file, int line, int column, String detail) {
        return NLS.bind(Messages.FileProblem, new Object[] {file, line, column, detail});
    }
}

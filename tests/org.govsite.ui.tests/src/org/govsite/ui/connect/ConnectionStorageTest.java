package org.govsite.ui.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections, their secrets and keys as stored on disk, without any widget. */
class ConnectionStorageTest {

    private static final String FINGERPRINT = "0123456789abcdef".repeat(4);

    @TempDir
    Path folder;

    @Test
    void connectionsSurviveAReopenInOrderAndAReplacedOneKeepsItsPlace() {
        Path file = folder.resolve("connections.json");
        ConnectionRegistry registry = ConnectionRegistry.open(file);
        Connection province = connection("p", "省平台", PlatformLevel.PROVINCE);
        Connection city = connection("c", "市平台", PlatformLevel.CITY);
        registry.save(province);
        registry.save(city);
        Connection renamed = new Connection("p", "省级集约化平台", PlatformLevel.PROVINCE, province.url(), "root", FINGERPRINT,
                "/etc/govsite/zwww-ca.pem");
        registry.save(renamed);

        assertEquals(List.of(renamed, city), ConnectionRegistry.open(file).all());
        registry.remove("p");
        assertEquals(List.of(city), ConnectionRegistry.open(file).all());
    }

    @Test
    void aFileWrittenBeforeConnectionsNamedACaCertificateReadsWithNone() throws Exception {
        Path file = folder.resolve("connections.json");
        Files.writeString(file, "{\"connections\":[{\"id\":\"p\",\"name\":\"省平台\",\"level\":\"PROVINCE\","
                + "\"url\":\"https://p.example.cn\",\"operator\":\"root\",\"pinnedFingerprint\":\"" + FINGERPRINT + "\"}]}");
        assertEquals(List.of(connection("p", "省平台", PlatformLevel.PROVINCE)), ConnectionRegistry.open(file).all());
    }

    @Test
    void aDamagedFileIsReportedWithItsNameAndLeftAsItIs() throws Exception {
        Path file = folder.resolve("connections.json");
        Files.writeString(file, "{\"connections\": [ {\"id\": ");
        ConnectionException e = assertThrows(ConnectionException.class, () -> ConnectionRegistry.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals("{\"connections\": [ {\"id\": ", Files.readString(file));
    }

    @Test
    void secretsAreStoredEncryptedAndNeverInPlainTextOnDisk() throws Exception {
        Path storage = folder.resolve("secure_storage");
        Secrets secrets = new Secrets(TestSecureStorage.open(storage));
        char[] passphrase = "passphrase-省平台-2026".toCharArray();
        secrets.put("p", Secrets.Kind.KEY_PASSPHRASE, passphrase);

        assertTrue(secrets.isEncrypted("p", Secrets.Kind.KEY_PASSPHRASE));
        assertArrayEquals(passphrase, new Secrets(TestSecureStorage.open(storage)).get("p", Secrets.Kind.KEY_PASSPHRASE).orElseThrow());
        String onDisk = Files.readString(storage, StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains("passphrase-"), "the passphrase is not in the file in plain text");
        assertTrue(secrets.get("p", Secrets.Kind.PASSWORD).isEmpty());

        secrets.forgetAll("p");
        assertTrue(secrets.get("p", Secrets.Kind.KEY_PASSPHRASE).isEmpty());
    }

    @Test
    void keysImportFromPemAndFromKeyFilesAndAreStoredEncrypted() throws Exception {
        Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
        Path pem = Files.writeString(folder.resolve("operator.pem"), key.toPem());
        Path keyFile = folder.resolve("operator.key");
        KeyFile.write(keyFile, key, "old passphrase".toCharArray());

        assertEquals(key.publicKey(), OperatorKeys.importKey(pem, new char[0]).publicKey());
        assertEquals(key.publicKey(), OperatorKeys.importKey(keyFile, "old passphrase".toCharArray()).publicKey());
        assertThrows(CryptoException.class, () -> OperatorKeys.importKey(keyFile, "wrong passphrase".toCharArray()));
        ConnectionException missing = assertThrows(ConnectionException.class,
                () -> OperatorKeys.importKey(folder.resolve("missing.pem"), new char[0]));
        assertTrue(missing.getMessage().contains("missing.pem"), missing.getMessage());

        OperatorKeys keys = new OperatorKeys(folder.resolve("keys"));
        keys.store("p", key, "new passphrase".toCharArray());
        assertTrue(Files.readString(keys.file("p")).contains(KeyFile.PEM_TYPE));
        assertEquals(key.publicKey(), keys.load("p", "new passphrase".toCharArray()).publicKey());
    }

    @Test
    void addingFromTheWizardsSpecStoresKeyFileSecretAndConnectionAndWipesThePassphrase() {
        Connections connections = Connections.open(folder, new Secrets(TestSecureStorage.open(folder.resolve("secure_storage"))));
        NewConnectionSpec spec = new NewConnectionSpec();
        spec.name = "市平台";
        spec.level = PlatformLevel.CITY;
        spec.url = "https://city.example.cn:8443";
        spec.operator = "editor1";
        spec.key = Sm2KeyPair.generate().privateKey();
        spec.passphrase = "city passphrase".toCharArray();
        spec.serverFingerprint = FINGERPRINT;

        Connection added = connections.add(spec);

        assertArrayEquals(new char[spec.passphrase.length], spec.passphrase, "the spec's passphrase is wiped");
        assertEquals(List.of(added), Connections.open(folder, connections.secrets()).all());
        char[] stored = connections.secrets().get(added.id(), Secrets.Kind.KEY_PASSPHRASE).orElseThrow();
        assertEquals(spec.key.publicKey(), connections.keys().load(added.id(), stored).publicKey());
        assertEquals(ConnectionState.OFFLINE, connections.state(added.id()));

        connections.delete(added.id());
        assertTrue(connections.all().isEmpty());
        assertFalse(Files.exists(connections.keys().file(added.id())));
        assertTrue(connections.secrets().get(added.id(), Secrets.Kind.KEY_PASSPHRASE).isEmpty());
    }

    @Test
    void fingerprintsAreGroupedForComparison() {
        String grouped = Fingerprints.grouped(FINGERPRINT);
        assertEquals("0123 4567 89ab cdef 0123 4567 89ab cdef\n0123 4567 89ab cdef 0123 4567 89ab cdef", grouped);
        assertEquals(FINGERPRINT, grouped.replace(" ", "").replace("\n", ""));
    }

    private static Connection connection(String id, String name, PlatformLevel level) {
        return new Connection(id, name, level, URI.create("https://" + id + ".example.cn"), "root", FINGERPRINT, "");
    }
}

package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.wizard.WizardDialog;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.ClientServerKeys;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.PlatformLevel;
import org.govsite.ui.connect.wizard.NewConnectionWizard;
import org.govsite.ui.tests.pages.NewConnectionWizardPage;
import org.govsite.ui.wizard.GovSiteWizardDialog;
import org.junit.jupiter.api.Test;

/** The New Connection wizard's checks (a CA certificate file among them) and key import; nothing typed is lost when something is wrong. */
class NewConnectionWizardTest extends UiTest {

    private static final String PASSPHRASE = "new passphrase 2026";

    @Test
    void importsAKeyFileAndAPemKeyAndABadFileKeepsWhatWasTyped() throws IOException {
        Sm2KeyPair fromFile = Sm2KeyPair.generate();
        Path keyFile = folder.resolve("operator.key");
        KeyFile.write(keyFile, fromFile.privateKey(), "old passphrase".toCharArray());
        Sm2KeyPair fromPem = Sm2KeyPair.generate();
        Path pem = Files.writeString(folder.resolve("operator.pem"), fromPem.privateKey().toPem());
        NewConnectionWizard wizard = open(Set.of("省平台"));
        NewConnectionWizardPage page = NewConnectionWizardPage.find(workbench.display);

        page.type("connection.name", "省平台");
        assertTrue(page.errorMessage().contains("省平台"), "a second connection of the same name is refused");
        page.type("connection.name", "市平台");
        page.type("connection.url", "https://city.example.cn:8443");
        page.type("connection.operator", "-editor");
        assertEquals(Messages.NewConnection_operatorInvalid, page.errorMessage());
        page.type("connection.operator", "editor1");
        page.chooseLevel(PlatformLevel.CITY.ordinal());
        page.type("connection.caCertificate", folder.resolve("zwww-ca.pem").toString());
        assertTrue(page.errorMessage().contains("zwww-ca.pem"), "a CA certificate file that is not there: " + page.errorMessage());
        assertFalse(page.isEnabled("wizard.next"));
        Files.writeString(folder.resolve("notes.txt"), "不是证书");
        page.type("connection.caCertificate", folder.resolve("notes.txt").toString());
        assertTrue(page.errorMessage().contains("notes.txt"), "a file holding no certificate: " + page.errorMessage());
        page.type("connection.caCertificate", "");
        assertNull(page.errorMessage());
        page.press("wizard.next");

        page.type("key.passphrase", PASSPHRASE);
        page.type("key.passphraseAgain", PASSPHRASE);
        assertEquals(Messages.NewConnection_keyRequired, page.errorMessage());
        page.type("key.importFile", keyFile.toString());
        page.type("key.importPassphrase", "wrong passphrase");
        page.press("key.import");
        assertTrue(page.errorMessage() != null && !page.errorMessage().isEmpty(), "a wrong passphrase is reported");
        assertFalse(page.isEnabled("wizard.next"));
        assertEquals(PASSPHRASE, page.text("key.passphrase"), "what was typed stays");
        assertEquals(keyFile.toString(), page.text("key.importFile"));

        page.type("key.importPassphrase", "old passphrase");
        page.press("key.import");
        assertNull(page.errorMessage());
        assertEquals(fromFile.publicKey().toPem(), page.text("key.publicKey"));

        page.type("key.importFile", folder.resolve("missing.pem").toString());
        page.press("key.import");
        assertTrue(page.errorMessage().contains("missing.pem"), page.errorMessage());
        assertEquals(fromFile.publicKey().toPem(), page.text("key.publicKey"), "the key imported before is kept");

        page.type("key.importFile", pem.toString());
        page.press("key.import");
        assertNull(page.errorMessage());
        assertTrue(page.isEnabled("wizard.next"));
        NewConnectionSpec spec = wizard.spec();
        assertEquals(fromPem.publicKey(), spec.key.publicKey());
        assertEquals(PASSPHRASE, new String(spec.passphrase));
        assertEquals(PlatformLevel.CITY, spec.level);
        assertEquals("https://city.example.cn:8443", spec.uri().toString());
        page.press("wizard.cancel");
    }

    private NewConnectionWizard open(Set<String> existingNames) {
        NewConnectionWizard wizard = new NewConnectionWizard(existingNames, new ClientServerKeys());
        WizardDialog dialog = new GovSiteWizardDialog(workbench.shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }
}

package org.govsite.sync.tests;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.SyncEngine;
import org.govsite.sync.SyncResult;

/**
 * The workbench side of a sync in its own JVM, for kill tests: logs in, pushes the replica's outbox and pulls,
 * printing a line before each step, until the outbox is empty ("DONE").
 * Arguments: replica-folder server-uri server-fingerprint operator password-file private-key-pem-file.
 */
public final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionSettings settings = new ConnectionSettings("kill test", URI.create(args[1]), args[3], args[2]);
        char[] password = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8).toCharArray();
        Sm2PrivateKey key = Sm2PrivateKey.fromPem(Files.readString(Path.of(args[5]), StandardCharsets.US_ASCII));
        try (Replica replica = Replica.open(Path.of(args[0])); PlatformClient client = PlatformClient.open(settings)) {
            client.login(password, key);
            SyncEngine engine = new SyncEngine(replica, new ClientSyncRemote(client));
            while (true) {
                System.out.println("pushing " + replica.outbox().size());
                SyncResult pushed = engine.push(null);
                System.out.println("pulling after " + pushed);
                engine.pull(null);
                if (replica.outbox().isEmpty()) {
                    System.out.println("DONE");
                    return;
                }
            }
        }
    }
}

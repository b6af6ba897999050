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

/**
 * The workbench side of a sync in its own JVM, for kill tests: logs in ("logged in"), then pulls, pushes the
 * replica's outbox and pulls again until the outbox is empty ("DONE"), in small pages so that a kill can fall
 * between pages. Arguments: replica-folder server-uri server-fingerprint operator password-file
 * private-key-pem-file page-size.
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
            System.out.println("logged in");
            SyncEngine engine = new SyncEngine(replica, new ClientSyncRemote(client), Integer.parseInt(args[6]));
            while (true) {
                System.out.println("pulled " + engine.pull(null));
                System.out.println("pushed " + engine.push(null));
                System.out.println("pulled " + engine.pull(null));
                if (replica.outbox().isEmpty()) {
                    System.out.println("DONE");
                    return;
                }
            }
        }
    }
}

package org.govsite.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.client.ChangePage;
import org.govsite.client.PlatformClient;
import org.govsite.client.Versioned;
import org.govsite.server.Main;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.OfflineException;
import org.govsite.sync.SyncEngine;
import org.govsite.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Killing either side at random points of a sync loses no queued edit and applies none twice: each of
 * {@link #OBJECTS} organisations gets a create and {@link #UPDATES} updates queued offline; the sync runs while one
 * side is killed (SIGKILL) again and again; afterwards every organisation is at version 1 + UPDATES with the last
 * edit's name, the server's change feed holds exactly one change per edit, and the replica equals the server.
 */
class KillTest {

    static final int OBJECTS = 12;
    static final int UPDATES = 3;
    static final int KILLS = 10;
    /** Milliseconds after the child's login within which the first kill of the workbench side falls. */
    static final int FIRST_KILL_WINDOW_MS = 100;
    /** Milliseconds after the child's login within which each later kill falls. */
    static final int KILL_WINDOW_MS = 1500;
    /** Changes a page in the child: the feed of the test spans many pages, so kills also fall between pages. */
    static final int PAGE = 5;
    static final String ORG = "organisation";
    static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path serverFolder;
    @TempDir
    Path replicaFolder;
    @TempDir
    Path secrets;

    private final Random random = new Random(Long.getLong("govsite.killtest.seed", System.nanoTime()));

    private void queueEdits() {
        try (Replica replica = Replica.open(replicaFolder)) {
            for (int edit = 0; edit <= UPDATES; edit++) {
                for (int i = 0; i < OBJECTS; i++) {
                    replica.queueUpsert(ORG, "org-" + i, 0,
                            RealServerSyncTest.organisation("org-" + i, "机构" + i + "-版本" + edit));
                }
            }
        }
    }

    @Test
    void anEditQueuedJustBeforeAKillIsKept() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (ChildJvm child = ChildJvm.launcher(QueueChild.class).args(replicaFolder.toString(), "org-" + i).start()) {
                keys.add(child.awaitLine(Pattern.compile("queued (\\S+)"), START).group(1));
                child.kill();
            }
        }
        try (Replica replica = Replica.open(replicaFolder)) {
            assertEquals(keys, replica.outbox().stream().map(OutboxEntry::idempotencyKey).toList());
        }
    }

    @Test
    void killingTheWorkbenchSideLosesAndDuplicatesNothing() throws Exception {
        SyncPlatform platform = new SyncPlatform(serverFolder).start();
        try {
            SyncPlatform.Operator editor = platform.addEditor("editor");
            Path password = Files.writeString(secrets.resolve("password"), editor.password(), StandardCharsets.UTF_8);
            Path key = Files.writeString(secrets.resolve("key.pem"), editor.key().privateKey().toPem());
            queueEdits();
            String[] args = { replicaFolder.toString(), platform.settings("editor").baseUri().toString(),
                    platform.settings("editor").pinnedFingerprint(), editor.name(), password.toString(), key.toString(),
                    Integer.toString(PAGE) };
            int kills = 0;
            for (; kills < KILLS; kills++) {
                try (ChildJvm child = ChildJvm.launcher(SyncChild.class).args(args).start()) {
                    child.awaitLine(Pattern.compile("logged in"), START);
                    // the first kill falls early, so that a sync faster than the window is still killed at least once
                    Thread.sleep(random.nextInt(kills == 0 ? FIRST_KILL_WINDOW_MS : KILL_WINDOW_MS));
                    if (child.output().contains("DONE")) {
                        break;
                    }
                    child.kill();
                }
            }
            assertTrue(kills > 0, "the child was never killed before it finished");
            try (PlatformClient client = platform.login(editor); Replica replica = Replica.open(replicaFolder)) {
                finish(new SyncEngine(replica, new ClientSyncRemote(client)), replica);
                assertNothingLostOrDoubled(client, replica);
            }
        } finally {
            platform.stop();
        }
    }

    @Test
    void killingTheServerLosesAndDuplicatesNothing() throws Exception {
        SyncPlatform platform = new SyncPlatform(serverFolder);
        SyncPlatform.Operator editor;
        ChildJvm server = startServer(platform);
        try {
            editor = platform.addEditor("editor");
            queueEdits();
            try (PlatformClient client = platform.login(editor); Replica replica = Replica.open(replicaFolder)) {
                SyncEngine engine = new SyncEngine(replica, new ClientSyncRemote(client));
                for (int kill = 0; kill < KILLS && !replica.outbox().isEmpty(); kill++) {
                    ChildJvm running = server;
                    Thread killer = Thread.ofPlatform().start(() -> killLater(running));
                    while (!engine.push(null).offline() && !replica.outbox().isEmpty()) {
                        engine.pull(null);
                    }
                    killer.join();
                    server.close();
                    server = startServer(platform);
                }
                finish(engine, replica);
                assertNothingLostOrDoubled(client, replica);
            }
        } finally {
            server.close();
        }
    }

    private void killLater(ChildJvm server) {
        try {
            Thread.sleep(random.nextInt(300));
            server.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ChildJvm startServer(SyncPlatform platform) throws InterruptedException {
        ChildJvm server = ChildJvm.launcher(Main.class).withBundles("slf4j.nop")
                .env(Main.PASSPHRASE_VARIABLE, SyncPlatform.PASSPHRASE)
                .args("--db", platform.config().dataFolder().toString(), "--port", Integer.toString(platform.config().port()))
                .start();
        Matcher started = server.awaitLine(Pattern.compile("listening on (\\S+); server key fingerprint (\\S+)"), START);
        platform.started(URI.create(started.group(1)), started.group(2));
        return server;
    }

    /** Syncs until the outbox is empty (a killed server may still be coming back). */
    private static void finish(SyncEngine engine, Replica replica) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                if (!engine.push(null).offline() && !engine.pull(null).offline()
                        && replica.outbox().isEmpty()) {
                    return;
                }
            } catch (OfflineException e) {
                // retried below
            }
            Thread.sleep(200);
        }
        throw new AssertionError("outbox not empty: " + replica.outbox());
    }

    private static void assertNothingLostOrDoubled(PlatformClient client, Replica replica) {
        assertEquals(List.of(), replica.outbox());
        for (int i = 0; i < OBJECTS; i++) {
            Versioned<JsonNode> server = client.getVersioned("/api/v1/organisations/org-" + i);
            assertEquals(1 + UPDATES, server.version(), "org-" + i);
            assertEquals("机构" + i + "-版本" + UPDATES, server.value().get("name").asText());
            assertEquals(new Record(ORG, "org-" + i, server.version(), server.value()),
                    replica.find(ORG, "org-" + i).orElseThrow());
        }
        ChangePage feed = client.changes(0, 1000);
        assertEquals(OBJECTS * (1 + UPDATES), feed.changes().stream().filter(c -> c.entity().equals(ORG)).count(),
                "one change per edit");
        assertEquals(feed.cursor(), replica.cursor(), "the replica pulled the whole feed");
        assertEquals(OBJECTS, replica.count(ORG));
    }
}

package org.govsite.sync.tests;

import java.nio.file.Path;

import org.govsite.client.PlatformClient;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.SyncEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the tests against a real platform server: the server ({@link SyncPlatform}), two content editors
 * logged in ({@code mine} as {@code me}, and a colleague's {@code other}), and my replica with an engine over
 * {@link ClientSyncRemote} without an operator key.
 */
abstract class RealServerTest {

    @TempDir
    Path serverFolder;
    @TempDir
    Path replicaFolder;

    SyncPlatform platform;
    SyncPlatform.Operator me;
    PlatformClient mine;
    PlatformClient other;
    Replica replica;
    SyncEngine engine;

    @BeforeEach
    void start() {
        platform = new SyncPlatform(serverFolder).start();
        me = platform.addEditor("editor");
        mine = platform.login(me);
        other = platform.login(platform.addEditor("colleague"));
        replica = Replica.open(replicaFolder);
        engine = new SyncEngine(replica, new ClientSyncRemote(mine));
    }

    @AfterEach
    void stop() {
        replica.close();
        mine.close();
        other.close();
        platform.stop();
    }
}

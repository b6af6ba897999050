package org.govsite.store.tests;

import static org.govsite.store.tests.Fixtures.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Organisation;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.store.PlatformInfo;
import org.govsite.store.PlatformStore;
import org.govsite.store.StoreException;
import org.govsite.store.internal.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformStoreTest {

    @TempDir
    Path folder;

    @Test
    void loadRebuildsTheSavedTreeAndListDescribesIt() {
        Platform platform = Fixtures.small();
        Instant before = Instant.now().minusSeconds(1);
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, new NullProgressMonitor());
            assertSameTree(platform, store.load(platform.getId(), new NullProgressMonitor()).orElseThrow());
            List<PlatformInfo> infos = store.list();
            assertEquals(1, infos.size());
            PlatformInfo info = infos.get(0);
            assertEquals(platform.getId(), info.id());
            assertEquals(platform.getName(), info.name());
            assertEquals(platform.getSites().size(), info.siteCount());
            assertTrue(info.savedAt().isAfter(before), "saved time " + info.savedAt());
        }
    }

    @Test
    void reopeningTheFolderFindsTheData() {
        Platform platform = Fixtures.small();
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, new NullProgressMonitor());
        }
        try (PlatformStore store = PlatformStore.open(folder)) {
            assertSameTree(platform, store.load(platform.getId(), null).orElseThrow());
        }
    }

    @Test
    void platformsAreKeptApartEvenWhenTheyShareObjectIds() {
        Platform original = Fixtures.small();
        original.setName("B 原平台");
        Platform copy = Fixtures.copy(original);
        copy.setId(original.getId() + "-copy");
        copy.setName("A 副本");
        copy.getSites().get(0).setName("副本站点");
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(original, null);
            store.save(copy, null);
            assertEquals(List.of(copy.getName(), original.getName()),
                    store.list().stream().map(PlatformInfo::name).toList());
            assertSameTree(copy, store.load(copy.getId(), null).orElseThrow());
            store.delete(copy.getId());
            assertSameTree(original, store.load(original.getId(), null).orElseThrow());
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void referencesOutsideThePlatformAreNotStored() {
        Platform platform = Fixtures.small();
        Organisation stranger = GovSiteFactory.eINSTANCE.createOrganisation();
        stranger.setId("stranger");
        platform.getSites().get(0).setOperator(stranger);
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            Platform loaded = store.load(platform.getId(), null).orElseThrow();
            assertNull(loaded.getSites().get(0).getOperator());
            platform.getSites().get(0).setOperator(null);
            assertSameTree(platform, loaded);
        }
    }

    @Test
    void unknownPlatformLoadsAsEmpty() {
        try (PlatformStore store = PlatformStore.open(folder)) {
            assertTrue(store.load("no-such-platform", null).isEmpty());
        }
    }

    @Test
    void objectsRemovedSinceTheLastSaveAreDeleted() throws SQLException {
        Platform platform = Fixtures.small();
        Site removedSite = platform.getSites().get(3);
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            EcoreUtil.delete(removedSite, true);
            Site site = platform.getSites().get(0);
            Column removedColumn = site.getColumns().get(1);
            EcoreUtil.delete(removedColumn, true);
            site.getTopics().remove(0);
            Channel channel = site.getChannels().get(0);
            channel.getColumns().remove(0);
            site.getAliases().clear();
            Organisation organisation = platform.getOrganisations().get(platform.getOrganisations().size() - 1);
            EcoreUtil.delete(organisation, true);
            store.save(platform, null);
            assertSameTree(platform, store.load(platform.getId(), null).orElseThrow());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM site_column WHERE site_id = ?", removedSite.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM site WHERE id = ?", removedSite.getId()));
        assertEquals(Fixtures.allColumns(platform).size(), count("SELECT COUNT(*) FROM site_column"));
    }

    @Test
    void onlyChangedRowsGetANewVersion() throws SQLException {
        Platform platform = Fixtures.small();
        List<Column> columns = Fixtures.allColumns(platform);
        Column renamed = columns.get(10);
        Column untouched = columns.get(11);
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            renamed.setName(renamed.getName() + "（改）");
            store.save(platform, null);
            store.save(platform, null);
        }
        assertEquals(2, count("SELECT row_version FROM site_column WHERE id = ?", renamed.getId()));
        assertEquals(1, count("SELECT row_version FROM site_column WHERE id = ?", untouched.getId()));
        assertEquals(3, count("SELECT row_version FROM platform WHERE id = ?", platform.getId()));
    }

    @Test
    void aFailureMidSaveKeepsThePreviouslySavedState() {
        Platform platform = Fixtures.small();
        Platform saved = Fixtures.copy(platform);
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            platform.setName("改名后的平台");
            EcoreUtil.delete(platform.getSites().get(1), true);
            platform.getSites().get(0).setName("改名后的站点");
            List<Column> columns = Fixtures.allColumns(platform);
            columns.get(columns.size() - 1).setId(columns.get(0).getId());
            StoreException failure = assertThrows(StoreException.class, () -> store.save(platform, null));
            assertTrue(failure.getMessage().contains(columns.get(0).getId()), failure.getMessage());
            assertSameTree(saved, store.load(platform.getId(), null).orElseThrow());
            assertEquals(saved.getName(), store.list().get(0).name());
        }
    }

    @Test
    void cancelDuringSaveWritesNothing() {
        Platform platform = Fixtures.small();
        Platform saved = Fixtures.copy(platform);
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            Fixtures.allColumns(platform).forEach(column -> column.setName(column.getName() + "（新）"));
            EcoreUtil.delete(platform.getSites().get(2), true);
            CancelAfter monitor = new CancelAfter(0.5);
            assertThrows(OperationCanceledException.class, () -> store.save(platform, monitor));
            assertTrue(monitor.doneFraction() >= 0.5, "cancelled before half the work: " + monitor.doneFraction());
            assertSameTree(saved, store.load(platform.getId(), null).orElseThrow());
        }
    }

    @Test
    void cancelDuringLoadStopsItAndLeavesTheStoreUsable() {
        Platform platform = Fixtures.small();
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            CancelAfter monitor = new CancelAfter(0.2);
            assertThrows(OperationCanceledException.class, () -> store.load(platform.getId(), monitor));
            assertSameTree(platform, store.load(platform.getId(), null).orElseThrow());
        }
    }

    @Test
    void deleteRemovesThePlatformAndEverythingInIt() throws SQLException {
        Platform platform = Fixtures.small();
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
            store.delete(platform.getId());
            assertTrue(store.list().isEmpty());
            assertTrue(store.load(platform.getId(), null).isEmpty());
        }
        for (String table : List.of("organisation", "site", "site_alias", "site_column", "topic", "channel",
                "channel_column")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void aSecondOpenInTheSameProgramFailsClearlyEvenThroughALink() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolveSibling(folder.getFileName() + "-link"), folder);
        try (PlatformStore store = PlatformStore.open(folder)) {
            StoreException failure = assertThrows(StoreException.class, () -> PlatformStore.open(folder));
            assertEquals(NLS.bind(Messages.InUse, folder.toRealPath()), failure.getMessage());
            assertThrows(StoreException.class, () -> PlatformStore.open(link));
            assertEquals(0, store.list().size());
        } finally {
            Files.delete(link);
        }
        PlatformStore.open(folder).close();
    }

    @Test
    void aStoreWrittenByANewerVersionIsRefused() throws SQLException {
        PlatformStore.open(folder).close();
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(SchemaMigrationsTest.FUTURE_VERSION_99)) {
            insert.executeUpdate();
        }
        StoreException failure = assertThrows(StoreException.class, () -> PlatformStore.open(folder));
        assertTrue(failure.getMessage().contains("99"), failure.getMessage());
    }

    @Test
    void aClosedStoreRefusesWork() {
        PlatformStore store = PlatformStore.open(folder);
        store.close();
        store.close();
        assertThrows(StoreException.class, store::list);
    }

    private Connection connect() throws SQLException {
        return org.h2.Driver.load().connect("jdbc:h2:file:" + folder.resolve(PlatformStore.DATABASE_NAME),
                new Properties());
    }

    private int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next());
                return result.getInt(1);
            }
        }
    }
}

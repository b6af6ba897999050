package org.govsite.benchmarks.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govsite.benchmarks.Benchmark;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.govsite.sync.PushOutcome;
import org.govsite.sync.SyncEngine;
import org.govsite.sync.SyncRemote;
import org.govsite.testing.Folders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Initial sync of {@link ArticleFeed#COUNT} articles into an empty replica: {@link SyncEngine#pull} asks for every
 * page, the remote parses the pre-built page JSON with Jackson (as the client does with a response body), and the
 * replica applies each page and its cursor in one transaction. No network: the ratio to {@code h2.insert.articles}
 * measures the engine and replica.
 */
public final class InitialSync implements Benchmark {

    private List<byte[]> pages;
    private Path folder;
    private Replica replica;

    @Override
    public String name() {
        return "sync.initial";
    }

    @Override
    public String baseline() {
        return BareH2ArticleInsert.NAME;
    }

    @Override
    public void setUp() {
        pages = ArticleFeed.pages();
    }

    @Override
    public void beforeEach() throws IOException {
        folder = Files.createTempDirectory("govsite-bench-sync");
        replica = Replica.open(folder);
    }

    @Override
    public void run() {
        new SyncEngine(replica, new PageRemote(pages)).pull(null);
        if (replica.cursor() != ArticleFeed.COUNT) {
            throw new IllegalStateException("pulled up to " + replica.cursor());
        }
    }

    @Override
    public void afterEach() throws IOException {
        replica.close();
        Folders.delete(folder);
    }

    @Override
    public void tearDown() {
        pages = null;
    }

    /** The change feed from pre-built page bodies; pushing is not part of this benchmark. */
    private record PageRemote(List<byte[]> pages) implements SyncRemote {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public ChangePage changes(long after, int limit) {
            try {
                JsonNode page = JSON.readTree(pages.get((int) (after / ArticleFeed.PAGE)));
                List<Change> changes = new ArrayList<>(limit);
                for (JsonNode change : page.get("changes")) {
                    changes.add(new Change(change.get("seq").asLong(), change.get("entity").asText(),
                            change.get("id").asText(), change.get("version").asLong(), change.get("op").asText(),
                            change.get("data")));
                }
                return new ChangePage(changes, page.get("cursor").asLong(), page.get("more").asBoolean());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public PushOutcome push(OutboxEntry entry, List<KeptFile> files) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Record> fetch(OutboxEntry entry) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.govsite.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A column's articles of the unified resource library as the workbench lists them offline: the replica's article
 * records that list the column (or one of several: a column and its sub-columns) in {@code "columns"}, with the edits
 * queued in the outbox applied (an edited article
 * shows its last edit and the state it waits in; one queued for deletion shows the record, {@link State#DELETING}; one
 * an edit takes out of the column is left out; one an edit creates or moves into it is listed), newest first by
 * {@code "publishedAt"} then id. {@link #list} reads the replica's articles naming the column once (docs/sync.md, "The
 * resource library"); {@link #filter} keeps those whose title, source or author contains a text, in memory;
 * {@link #rows} reads a page of a listing.
 */
public final class ColumnArticles {

    /** The entity of the change feed and the outbox. */
    public static final String ARTICLE = "article"; //$NON-NLS-1$
    private static final int CANCEL_CHECK = 256;

    /** Where an article stands against the server. */
    public enum State {
        /** As the server last answered it. */
        SYNCED,
        /** An edit waits to be pushed. */
        QUEUED,
        /** Its deletion waits to be pushed. */
        DELETING,
        /** The server refused an edit's base version: the operator decides (同步 opens the conflict dialog). */
        CONFLICT,
        /** The server rejected an edit for a reason of its own: the operator decides. */
        REJECTED
    }

    /**
     * An article as listed.
     *
     * @param baseVersion the server version an edit of it is made on (0: the server has none yet)
     * @param data its JSON as shown (the queued edit's when there is one)
     */
    public record Row(String id, long baseVersion, JsonNode data, State state) {
        public String title() {
            return data.path("title").asText(""); //$NON-NLS-1$
        }
    }

    /**
     * The articles listed, newest first, without their JSON.
     *
     * @param columnIds the columns listed
     * @param records the replica's article records that list one of them (filter and queued edits aside)
     */
    public record Listing(Set<String> columnIds, List<Entry> entries, long records) {
        public Listing {
            columnIds = Set.copyOf(columnIds);
            entries = List.copyOf(entries);
        }
    }

    /**
     * An article of a listing: where to read it from (its queued edit, or else its record).
     *
     * @param text its title, source and author in lower case, one per line (what {@link #filter} looks in)
     */
    public record Entry(String id, String publishedAt, long baseVersion, State state, JsonNode edit, String text) {
    }

    private ColumnArticles() {
    }

    /**
     * @param columnIds the columns whose articles are listed (one at least), e.g. a column and its sub-columns
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static Listing list(Replica replica, Set<String> columnIds, IProgressMonitor monitor) {
        Map<String, Local> local = local(replica);
        List<Entry> entries = new ArrayList<>();
        long[] counts = new long[2]; // records read, records listing a column
        replica.forEachContaining(ARTICLE, columnIds.stream().map(id -> '"' + id + '"').toList(), record -> {
            if (++counts[0] % CANCEL_CHECK == 0 && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (!lists(record.data(), columnIds)) {
                return; // it names the column elsewhere (e.g. in its body)
            }
            counts[1]++;
            Local edit = local.remove(record.id());
            if (edit == null || edit.last().isDelete()) {
                entries.add(new Entry(record.id(), publishedAt(record.data()), record.version(),
                        edit == null ? State.SYNCED : State.DELETING, null, text(record.data())));
            } else if (lists(edit.last().data(), columnIds)) {
                entries.add(entry(record.id(), record.version(), edit));
            }
        });
        local.forEach((id, edit) -> { // edits of articles whose records do not list the column, or that have none
            if (!edit.last().isDelete() && lists(edit.last().data(), columnIds)) {
                long base = replica.find(ARTICLE, id).map(Record::version).orElse(0L);
                entries.add(entry(id, base, edit));
            }
        });
        entries.sort(Comparator.comparing(Entry::publishedAt).thenComparing(Entry::id).reversed());
        return new Listing(columnIds, entries, counts[1]);
    }

    /** @return the listing's entries whose title, source or author contains {@code text} (any case; blank: all) */
    public static Listing filter(Listing listing, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return needle.isEmpty() ? listing : new Listing(listing.columnIds(),
                listing.entries().stream().filter(entry -> entry.text().contains(needle)).toList(), listing.records());
    }

    /** @return the rows of the listing's entries {@code from} (inclusive) on, at most {@code limit} */
    public static List<Row> rows(Replica replica, Listing listing, int from, int limit) {
        List<Row> rows = new ArrayList<>();
        for (Entry entry : listing.entries().subList(Math.min(from, listing.entries().size()),
                Math.min(from + limit, listing.entries().size()))) {
            JsonNode data = entry.edit() != null ? entry.edit()
                    : replica.find(ARTICLE, entry.id()).map(Record::data).orElse(null);
            if (data != null) { // null: deleted by a pull since the listing
                rows.add(new Row(entry.id(), entry.baseVersion(), data, entry.state()));
            }
        }
        return rows;
    }

    /** The last queued edit of each article and the state it waits in (a decision pending wins). */
    private record Local(OutboxEntry last, State state) {
    }

    private static Map<String, Local> local(Replica replica) {
        Map<String, Local> local = new LinkedHashMap<>();
        for (OutboxEntry entry : replica.outbox()) {
            if (ARTICLE.equals(entry.entity())) {
                Local before = local.get(entry.id());
                State state = entry.isConflict() ? State.CONFLICT : entry.isRejected() ? State.REJECTED
                        : entry.isDelete() ? State.DELETING : State.QUEUED;
                if (before != null && (before.state() == State.CONFLICT || before.state() == State.REJECTED)) {
                    state = before.state();
                }
                local.put(entry.id(), new Local(entry, state));
            }
        }
        return local;
    }

    private static Entry entry(String id, long baseVersion, Local edit) {
        JsonNode data = edit.last().data();
        return new Entry(id, publishedAt(data), baseVersion, edit.state(), data, text(data));
    }

    /** Title, source and author (a line each, in lower case: no field holds a line break that matters to a filter). */
    private static String text(JsonNode article) {
        return (field(article, "title") + '\n' + field(article, "source") + '\n' + field(article, "author")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .toLowerCase(Locale.ROOT);
    }

    private static String field(JsonNode article, String name) {
        return article.path(name).asText(""); //$NON-NLS-1$
    }

    private static String publishedAt(JsonNode article) {
        return field(article, "publishedAt"); //$NON-NLS-1$
    }

    private static boolean lists(JsonNode article, Set<String> columnIds) {
        for (JsonNode column : article.path("columns")) { //$NON-NLS-1$
            if (columnIds.contains(column.asText())) {
                return true;
            }
        }
        return false;
    }
}

package org.govsite.audit.history;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.AuditRule;
import org.govsite.audit.AuditRules;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.verdict.VerdictItem;
import org.govsite.model.validation.Severity;
import org.govsite.store.StoreException;
import org.govsite.store.internal.H2File;

/**
 * The workbench's audit history: an embedded H2 file {@value #DATABASE_NAME}{@code .mv.db} in the workbench's store
 * folder holding every saved site audit as a run with its findings, and the operators' decisions on findings, kept
 * by the finding's key ({@link FindingKeys}) so that a later run's same finding shows them. Its schema is versioned
 * by the store's Flyway migrations (folder {@value #SCHEMA_FOLDER}). Every method is one transaction; calls are
 * serialized on the one connection. Failures throw {@link StoreException} with a localized message.
 */
public final class AuditHistory implements AutoCloseable {

    /** File name of the database in the store folder, without H2's {@code .mv.db} suffix. */
    public static final String DATABASE_NAME = "audits"; //$NON-NLS-1$

    private static final String SCHEMA_FOLDER = "org/govsite/audit/history/schema"; //$NON-NLS-1$
    private static final int BATCH = 1000;
    private static final String RUN_COLUMNS = "id, home, started, finished, pages, score, qualified, vetoes, " //$NON-NLS-1$
            + "finding_count"; //$NON-NLS-1$
    private static final String FINDING_SELECT = "SELECT f.run_id, f.finding_key, f.rule_id, f.severity, f.page, " //$NON-NLS-1$
            + "f.target, f.element, f.anchor_text, f.evidence, f.message, d.decision, d.reason, d.operator, " //$NON-NLS-1$
            + "d.decided_at FROM audit_finding f LEFT JOIN finding_decision d ON d.finding_key = f.finding_key " //$NON-NLS-1$
            + "WHERE f.run_id = ? ORDER BY f.seq"; //$NON-NLS-1$

    private final H2File database;
    private final Connection connection;
    private boolean closed;

    private AuditHistory(H2File database) {
        this.database = database;
        this.connection = database.connection();
    }

    /**
     * Opens (creating when missing) the history in {@code folder} and brings its schema to the current version. A
     * second open of the same file, in this program or another, throws {@link StoreException}.
     */
    public static AuditHistory open(Path folder) {
        return new AuditHistory(H2File.open(folder, DATABASE_NAME, AuditHistory.class, SCHEMA_FOLDER));
    }

    /** Saves a site's audit as a new run with its findings, all or nothing, and returns the run. */
    public synchronized AuditRun save(SiteAudit audit) {
        return transaction(true, () -> {
            List<String> vetoes = audit.verdict().vetoes().stream().map(VerdictItem::indicator).map(i -> i.id()).toList();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_run (home, started, " //$NON-NLS-1$
                    + "finished, pages, score, pass_mark, qualified, vetoes, finding_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                    new String[] { "id" })) { //$NON-NLS-1$
                insert.setString(1, audit.home().toString());
                insert.setObject(2, time(audit.started()));
                insert.setObject(3, time(audit.finished()));
                insert.setInt(4, audit.pages());
                insert.setDouble(5, audit.verdict().score());
                insert.setDouble(6, audit.verdict().passMark());
                insert.setBoolean(7, audit.verdict().qualified());
                insert.setString(8, String.join(" ", vetoes)); //$NON-NLS-1$
                insert.setInt(9, audit.findings().size());
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            insertFindings(id, audit.findings());
            VerdictRows.insert(connection, id, audit.verdict(), audit.findings());
            return new AuditRun(id, audit.home(), audit.started(), audit.finished(), audit.pages(),
                    audit.verdict().score(), audit.verdict().qualified(), vetoes, audit.findings().size());
        });
    }

    private void insertFindings(long runId, List<Finding> findings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_finding (run_id, seq, " //$NON-NLS-1$
                + "finding_key, rule_id, severity, page, target, element, anchor_text, evidence, message) " //$NON-NLS-1$
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int seq = 0;
            for (Finding finding : findings) {
                insert.setLong(1, runId);
                insert.setInt(2, seq++);
                insert.setString(3, FindingKeys.of(finding));
                insert.setString(4, finding.ruleId());
                insert.setString(5, finding.severity().name());
                insert.setString(6, finding.page().toString());
                insert.setString(7, finding.target());
                insert.setString(8, finding.element());
                insert.setString(9, finding.anchorText());
                insert.setString(10, finding.evidence());
                insert.setString(11, finding.message());
                insert.addBatch();
                if (seq % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** @return the home pages with at least one run, in alphabetical order */
    public synchronized List<URI> sites() {
        return transaction(false, () -> {
            List<URI> sites = new ArrayList<>();
            try (Statement select = connection.createStatement();
                    ResultSet row = select.executeQuery("SELECT DISTINCT home FROM audit_run ORDER BY home")) { //$NON-NLS-1$
                while (row.next()) {
                    sites.add(URI.create(row.getString(1)));
                }
            }
            return sites;
        });
    }

    /** @return the runs of the site with this home page, newest first */
    public synchronized List<AuditRun> runs(URI home) {
        return transaction(false, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + RUN_COLUMNS + " FROM audit_run WHERE home = ? ORDER BY id DESC")) { //$NON-NLS-1$ //$NON-NLS-2$
                select.setString(1, home.toString());
                return runs(select);
            }
        });
    }

    /** @return the newest run of every site, by home page */
    public synchronized List<AuditRun> latestRuns() {
        return transaction(false, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + RUN_COLUMNS //$NON-NLS-1$
                    + " FROM audit_run WHERE id IN (SELECT MAX(id) FROM audit_run GROUP BY home) ORDER BY home")) { //$NON-NLS-1$
                return runs(select);
            }
        });
    }

    /** @return the run with this id, if saved */
    public synchronized Optional<AuditRun> run(long runId) {
        return transaction(false, () -> runById(runId));
    }

    private Optional<AuditRun> runById(long runId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + RUN_COLUMNS + " FROM audit_run WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setLong(1, runId);
            return runs(select).stream().findFirst();
        }
    }

    /** @return the run's findings in the order the audit reported them, each with the decision on its key */
    public synchronized List<StoredFinding> findings(long runId) {
        return transaction(false, () -> findingsOf(runId));
    }

    /**
     * @return the run as the audit that was saved: its findings with their rules (the engine's, by id), and its
     *         verdict with each item's points and evidence (docs/audit.md, "History"), if the run is saved
     * @throws StoreException when a rule id is not one of the engine's
     */
    public synchronized Optional<SiteAudit> audit(long runId) {
        return transaction(false, () -> {
            Optional<AuditRun> run = runById(runId);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            List<Finding> findings = new ArrayList<>();
            for (StoredFinding stored : findingsOf(runId)) {
                findings.add(new Finding(rule(stored.ruleId()), stored.page(), stored.target(), stored.element(),
                        stored.anchorText(), stored.evidence()));
            }
            AuditRun saved = run.get();
            return Optional.of(new SiteAudit(saved.home(), saved.started(), saved.finished(), saved.pages(), findings,
                    VerdictRows.read(connection, saved, passMark(runId), findings)));
        });
    }

    private double passMark(long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT pass_mark FROM audit_run WHERE id = ?")) { //$NON-NLS-1$
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getDouble(1);
            }
        }
    }

    /** @return the engine's rule with this id; a failure naming it when there is none */
    static AuditRule rule(String id) throws SQLException {
        return AuditRules.byId(id).orElseThrow(() -> new SQLException(NLS.bind(Messages.UnknownRule, id)));
    }

    /** Records (or replaces) the decision on the finding key, for this and every later run. */
    public synchronized void decide(String key, Decision decision) {
        transaction(true, () -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO finding_decision (finding_key, " //$NON-NLS-1$
                    + "decision, reason, operator, decided_at) KEY (finding_key) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                merge.setString(1, key);
                merge.setString(2, decision.kind().name());
                merge.setString(3, decision.reason());
                merge.setString(4, decision.operator());
                merge.setObject(5, time(decision.decidedAt()));
                merge.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the decision on the finding key: its findings are open again. */
    public synchronized void reopen(String key) {
        transaction(true, () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM finding_decision WHERE finding_key = ?")) { //$NON-NLS-1$
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Compares two runs by finding key: the later run's findings that are new or still open, and the earlier run's
     * findings that are fixed.
     */
    public synchronized RunDiff diff(long earlierRun, long laterRun) {
        return transaction(false, () -> {
            List<StoredFinding> earlier = findingsOf(earlierRun);
            List<StoredFinding> later = findingsOf(laterRun);
            Set<String> earlierKeys = earlier.stream().map(StoredFinding::key).collect(Collectors.toSet());
            Set<String> laterKeys = later.stream().map(StoredFinding::key).collect(Collectors.toSet());
            Map<Boolean, List<StoredFinding>> byKnown = later.stream()
                    .collect(Collectors.partitioningBy(f -> earlierKeys.contains(f.key())));
            List<StoredFinding> fixed = earlier.stream().filter(f -> !laterKeys.contains(f.key())).toList();
            return new RunDiff(byKnown.get(false), fixed, byKnown.get(true));
        });
    }

    /** @return the site's runs, oldest first, each with its findings counted by severity */
    public synchronized List<TrendPoint> trend(URI home) {
        return transaction(false, () -> {
            Map<Long, Map<Severity, Integer>> counts = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT f.run_id, f.severity, COUNT(*) " //$NON-NLS-1$
                    + "FROM audit_finding f JOIN audit_run r ON r.id = f.run_id WHERE r.home = ? " //$NON-NLS-1$
                    + "GROUP BY f.run_id, f.severity")) { //$NON-NLS-1$
                select.setString(1, home.toString());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        counts.computeIfAbsent(row.getLong(1), id -> zeroCounts())
                                .put(Severity.valueOf(row.getString(2)), row.getInt(3));
                    }
                }
            }
            List<TrendPoint> points = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + RUN_COLUMNS + " FROM audit_run WHERE home = ? ORDER BY id")) { //$NON-NLS-1$ //$NON-NLS-2$
                select.setString(1, home.toString());
                for (AuditRun run : runs(select)) {
                    points.add(new TrendPoint(run, counts.getOrDefault(run.id(), zeroCounts())));
                }
            }
            return points;
        });
    }

    /** Closes the database (compacting its file) and releases it; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            database.close("SHUTDOWN COMPACT"); //$NON-NLS-1$
        }
    }

    private static Map<Severity, Integer> zeroCounts() {
        Map<Severity, Integer> zero = new EnumMap<>(Severity.class);
        Arrays.stream(Severity.values()).forEach(severity -> zero.put(severity, 0));
        return zero;
    }

    private List<StoredFinding> findingsOf(long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FINDING_SELECT)) {
            select.setLong(1, runId);
            List<StoredFinding> findings = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Optional<Decision> decision = row.getString(11) == null ? Optional.empty()
                            : Optional.of(new Decision(DecisionKind.valueOf(row.getString(11)), row.getString(12),
                                    row.getString(13), instant(row, 14)));
                    findings.add(new StoredFinding(row.getLong(1), row.getString(2), row.getString(3),
                            Severity.valueOf(row.getString(4)), URI.create(row.getString(5)), row.getString(6),
                            row.getString(7), row.getString(8), row.getString(9), row.getString(10), decision));
                }
            }
            return findings;
        }
    }

    private static List<AuditRun> runs(PreparedStatement select) throws SQLException {
        List<AuditRun> runs = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String vetoes = row.getString(8);
                runs.add(new AuditRun(row.getLong(1), URI.create(row.getString(2)), instant(row, 3), instant(row, 4),
                        row.getInt(5), row.getDouble(6), row.getBoolean(7),
                        vetoes.isEmpty() ? List.of() : List.of(vetoes.split(" ")), row.getInt(9))); //$NON-NLS-1$
            }
        }
        return runs;
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private <T> T transaction(boolean write, Work<T> work) {
        if (closed) {
            throw new StoreException(Messages.Closed);
        }
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw new StoreException(NLS.bind(write ? Messages.WriteFailed : Messages.ReadFailed,
                    database.folder(), e.getMessage()), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }
}

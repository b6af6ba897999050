package org.govsite.audit.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.Finding;
import org.govsite.audit.verdict.Indicator;
import org.govsite.audit.verdict.Verdict;
import org.govsite.audit.verdict.VerdictItem;

/**
 * The rows of table {@code audit_verdict_item}: a run's single-veto items and deductions, each citing its findings by
 * their position in the run. Runs saved before the table existed have none: their vetoes are rebuilt from the run's
 * veto ids, without evidence, and their deductions are lost (the score is kept).
 */
final class VerdictRows {
    private VerdictRows() {
    }

    static void insert(Connection connection, long runId, Verdict verdict, List<Finding> findings) throws SQLException {
        Map<Finding, Integer> seqs = new HashMap<>();
        for (int i = findings.size() - 1; i >= 0; i--) {
            seqs.put(findings.get(i), i);
        }
        List<VerdictItem> items = new ArrayList<>(verdict.vetoes());
        items.addAll(verdict.deductions());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_verdict_item (run_id, seq, " //$NON-NLS-1$
                + "indicator_id, points, evidence) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int seq = 0;
            for (VerdictItem item : items) {
                insert.setLong(1, runId);
                insert.setInt(2, seq++);
                insert.setString(3, item.indicator().id());
                insert.setDouble(4, item.points());
                insert.setString(5, item.evidence().stream().filter(seqs::containsKey).map(f -> seqs.get(f).toString())
                        .collect(Collectors.joining(" "))); //$NON-NLS-1$
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * @param run the run
     * @param passMark the run's pass mark
     * @param findings the run's findings in order
     * @return the run's verdict as drawn when it was saved
     */
    static Verdict read(Connection connection, AuditRun run, double passMark, List<Finding> findings)
            throws SQLException {
        List<VerdictItem> vetoes = new ArrayList<>();
        List<VerdictItem> deductions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT indicator_id, points, evidence " //$NON-NLS-1$
                + "FROM audit_verdict_item WHERE run_id = ? ORDER BY seq")) { //$NON-NLS-1$
            select.setLong(1, run.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Indicator indicator = indicator(row.getString(1));
                    String evidence = row.getString(3);
                    List<Finding> cited = evidence.isEmpty() ? List.of()
                            : Arrays.stream(evidence.split(" ")).map(seq -> findings.get(Integer.parseInt(seq))).toList(); //$NON-NLS-1$
                    (indicator.veto() ? vetoes : deductions).add(new VerdictItem(indicator, row.getDouble(2), cited));
                }
            }
        }
        if (vetoes.isEmpty() && deductions.isEmpty()) {
            for (String id : run.vetoes()) {
                vetoes.add(new VerdictItem(indicator(id), 0, List.of()));
            }
        }
        return new Verdict(vetoes, deductions, run.score(), passMark);
    }

    private static Indicator indicator(String id) throws SQLException {
        if (AuditHistory.rule(id) instanceof Indicator indicator) {
            return indicator;
        }
        throw new SQLException(NLS.bind(Messages.UnknownRule, id));
    }
}

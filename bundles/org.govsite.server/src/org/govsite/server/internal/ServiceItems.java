package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.server.Role;

/**
 * The {@code service_item} table and its {@code service_cases} rows (one per item and year), written and read with
 * the item. Content editors write; reviewers and auditors read.
 */
final class ServiceItems extends SiteRecords<ServiceItemJson> {
    private static final String CASES = "SELECT c.item_id, c.case_year, c.persons, c.legal_entities FROM service_cases c "; //$NON-NLS-1$

    ServiceItems() {
        super("service", "services", ServiceItemJson.class, "service_item", List.of("name", "online"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                row -> new ServiceItemJson(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4),
                        List.of(), row.getLong(5)),
                Role.CONTENT_EDITOR);
    }

    @Override
    List<ServiceItemJson> list(Connection connection, String site) throws SQLException {
        List<ServiceItemJson> items = super.list(connection, site);
        Map<String, List<ServiceItemJson.Cases>> cases = new HashMap<>();
        for (Object[] row : Rows.list(connection, CASES + "JOIN service_item i ON i.id = c.item_id WHERE i.site_id = ? " //$NON-NLS-1$
                + "ORDER BY c.item_id, c.case_year", ServiceItems::readCases, site)) { //$NON-NLS-1$
            cases.computeIfAbsent((String) row[0], item -> new ArrayList<>()).add((ServiceItemJson.Cases) row[1]);
        }
        return items.stream().map(item -> item.withCases(cases.getOrDefault(item.id(), List.of()))).toList();
    }

    @Override
    Optional<ServiceItemJson> find(Connection connection, String site, String id) throws SQLException {
        Optional<ServiceItemJson> item = super.find(connection, site, id);
        if (item.isEmpty()) {
            return item;
        }
        return Optional.of(item.get().withCases(Rows.list(connection, CASES + "WHERE c.item_id = ? ORDER BY c.case_year", //$NON-NLS-1$
                row -> (ServiceItemJson.Cases) readCases(row)[1], id)));
    }

    @Override
    void insert(Connection connection, ServiceItemJson item) throws SQLException {
        super.insert(connection, item);
        insertCases(connection, item);
    }

    @Override
    boolean update(Connection connection, ServiceItemJson item, long baseVersion) throws SQLException {
        if (!super.update(connection, item, baseVersion)) {
            return false;
        }
        Rows.update(connection, "DELETE FROM service_cases WHERE item_id = ?", item.id()); //$NON-NLS-1$
        insertCases(connection, item);
        return true;
    }

    private static void insertCases(Connection connection, ServiceItemJson item) throws SQLException {
        for (ServiceItemJson.Cases cases : item.cases()) {
            Rows.update(connection, "INSERT INTO service_cases (item_id, case_year, persons, legal_entities) " //$NON-NLS-1$
                    + "VALUES (?, ?, ?, ?)", item.id(), cases.year(), cases.persons(), cases.legalEntities()); //$NON-NLS-1$
        }
    }

    private static Object[] readCases(ResultSet row) throws SQLException {
        return new Object[] { row.getString(1),
                new ServiceItemJson.Cases(row.getInt(2), row.getLong(3), row.getLong(4)) };
    }
}

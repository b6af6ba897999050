package org.govsite.store.internal;

import java.util.List;

/**
 * One object table: besides {@code platform_id}, {@code id}, {@code row_version} and {@code row_hash} it
 * has the value columns listed here, in the order the rows give their values. A table may own an ordered
 * list of strings kept in a dependent table, rewritten whenever the owning row changes.
 */
public record TableSpec(String name, List<String> valueColumns, Dependent dependent) {

    /** A dependent list table: {@code (platform_id, ownerColumn, position, valueColumn)}. */
    public record Dependent(String name, String ownerColumn, String valueColumn) {
    }

    public static final TableSpec ORGANISATION = new TableSpec("organisation",
            List.of("position", "name", "kind", "division_code", "short_name", "superior_id"), null);

    public static final TableSpec SITE = new TableSpec("site",
            List.of("position", "name", "kind", "level", "main_domain", "id_code", "icp_record", "security_record",
                    "host_id", "host_position", "operator_id", "status", "opened_on", "status_since", "status_until",
                    "main_colour"),
            new Dependent("site_alias", "site_id", "alias"));

    public static final TableSpec COLUMN = new TableSpec("site_column",
            List.of("position", "site_id", "parent_id", "name", "path_segment", "category", "description", "keywords",
                    "update_period_days"),
            null);

    public static final TableSpec TOPIC = new TableSpec("topic",
            List.of("position", "site_id", "name", "path_segment", "on_home_page", "archived", "archived_on"), null);

    public static final TableSpec CHANNEL = new TableSpec("channel",
            List.of("position", "site_id", "name", "path_segment"),
            new Dependent("channel_column", "channel_id", "column_id"));

    /** In save order; deleting a platform row cascades to all of them. */
    public static final List<TableSpec> ALL = List.of(ORGANISATION, SITE, COLUMN, TOPIC, CHANNEL);
}

package org.govsite.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Identified;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.store.StoreException;

/**
 * Flattens a platform into rows per table. References are stored by id, and only when they point into the
 * same platform (a reference to an object outside it cannot be resolved on load and is not stored).
 */
public final class PlatformRows {

    private final Platform platform;
    private final Map<TableSpec, List<Row>> rows = new LinkedHashMap<>();

    private PlatformRows(Platform platform) {
        this.platform = platform;
        TableSpec.ALL.forEach(table -> rows.put(table, new ArrayList<>()));
    }

    public static PlatformRows of(Platform platform) {
        PlatformRows result = new PlatformRows(platform);
        result.collect();
        return result;
    }

    public List<Row> rows(TableSpec table) {
        return rows.get(table);
    }

    public Object[] platformValues() {
        return new Object[] {platform.getName(), platform.getDivisionCode(), SqlValues.toSql(platform.getLevel()),
                platform.getSites().size()};
    }

    private void collect() {
        int position = 0;
        for (Organisation organisation : platform.getOrganisations()) {
            add(TableSpec.ORGANISATION, organisation, null, position++, organisation.getName(),
                    SqlValues.toSql(organisation.getKind()), organisation.getDivisionCode(), organisation.getShortName(),
                    ref(organisation.getSuperior()));
        }
        position = 0;
        for (Site site : platform.getSites()) {
            addSite(site, position++);
        }
        for (Site site : platform.getSites()) {
            addColumns(site, null, site.getColumns());
            position = 0;
            for (Topic topic : site.getTopics()) {
                add(TableSpec.TOPIC, topic, null, position++, site.getId(), topic.getName(), topic.getPathSegment(),
                        topic.isOnHomePage(), topic.isArchived(), SqlValues.toSql(topic.getArchivedOn()));
            }
            position = 0;
            for (Channel channel : site.getChannels()) {
                List<String> columns = new ArrayList<>();
                channel.getColumns().stream().filter(this::inPlatform).forEach(column -> columns.add(column.getId()));
                add(TableSpec.CHANNEL, channel, columns, position++, site.getId(), channel.getName(),
                        channel.getPathSegment());
            }
        }
    }

    private void addSite(Site site, int position) {
        Organisation host = inPlatform(site.getHost()) ? site.getHost() : null;
        add(TableSpec.SITE, site, List.copyOf(site.getAliases()), position, site.getName(),
                SqlValues.toSql(site.getKind()), SqlValues.toSql(site.getLevel()), site.getMainDomain(),
                site.getIdCode(), site.getIcpRecord(), site.getSecurityRecord(), ref(host),
                host == null ? null : host.getSites().indexOf(site), ref(site.getOperator()),
                SqlValues.toSql(site.getStatus()), SqlValues.toSql(site.getOpenedOn()),
                SqlValues.toSql(site.getStatusSince()), SqlValues.toSql(site.getStatusUntil()), site.getMainColour());
    }

    private void addColumns(Site site, Column parent, List<Column> columns) {
        int position = 0;
        for (Column column : columns) {
            add(TableSpec.COLUMN, column, null, position++, site.getId(), parent == null ? null : parent.getId(),
                    column.getName(), column.getPathSegment(), SqlValues.toSql(column.getCategory()),
                    column.getDescription(), column.getKeywords(), column.getUpdatePeriodDays());
            addColumns(site, column, column.getChildren());
        }
    }

    private void add(TableSpec table, Identified object, List<String> dependents, Object... values) {
        String id = object.getId();
        if (id == null || id.isBlank()) {
            throw new StoreException(NLS.bind(Messages.MissingId, object.eClass().getName(), table.name()));
        }
        rows.get(table).add(new Row(id, values, dependents));
    }

    private String ref(Identified target) {
        return inPlatform(target) ? target.getId() : null;
    }

    private boolean inPlatform(EObject target) {
        return target != null && EcoreUtil.isAncestor(platform, target);
    }
}

package org.govsite.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Organisation;
import org.govsite.model.OrganisationKind;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.Topic;
import org.govsite.store.StoreException;

/** Rebuilds one stored platform: objects in stored order, references resolved by id. */
public final class PlatformReader {

    private record Placed<T>(T object, String siteId, String parentId) {
    }

    private record Hosted(Site site, String hostId, int position) {
    }

    private static final GovSiteFactory FACTORY = GovSiteFactory.eINSTANCE;

    private final Connection connection;
    private final String platformId;
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Column> columns = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();

    public PlatformReader(Connection connection, String platformId) {
        this.connection = connection;
        this.platformId = platformId;
    }

    public Optional<Platform> read(SubMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Optional<Platform> found = readPlatform();
        if (found.isEmpty()) {
            return found;
        }
        Platform platform = found.get();
        readOrganisations(platform);
        progress.split(5);
        readSites(platform);
        progress.split(10);
        readColumns();
        progress.split(60);
        readTopics();
        progress.split(5);
        readChannels();
        progress.split(20);
        return found;
    }

    private Optional<Platform> readPlatform() throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT name, division_code, level FROM platform WHERE id = ?")) {
            select.setString(1, platformId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Platform platform = FACTORY.createPlatform();
                platform.setId(platformId);
                platform.setName(row.getString(1));
                platform.setDivisionCode(row.getString(2));
                platform.setLevel(SqlValues.toLiteral(row.getString(3), SiteLevel::get, "platform"));
                return Optional.of(platform);
            }
        }
    }

    private void readOrganisations(Platform platform) throws SQLException {
        Map<Organisation, String> superiors = new HashMap<>();
        try (ResultSet row = query(TableSpec.ORGANISATION)) {
            while (row.next()) {
                Organisation organisation = FACTORY.createOrganisation();
                organisation.setId(row.getString("id"));
                organisation.setName(row.getString("name"));
                organisation.setKind(SqlValues.toLiteral(row.getString("kind"), OrganisationKind::get, "organisation"));
                organisation.setDivisionCode(row.getString("division_code"));
                organisation.setShortName(row.getString("short_name"));
                superiors.put(organisation, row.getString("superior_id"));
                organisations.put(organisation.getId(), organisation);
                platform.getOrganisations().add(organisation);
            }
        }
        superiors.forEach((organisation, superior) -> organisation.setSuperior(resolve(organisations, superior)));
    }

    private void readSites(Platform platform) throws SQLException {
        List<Hosted> hosted = new ArrayList<>();
        try (ResultSet row = query(TableSpec.SITE)) {
            while (row.next()) {
                Site site = FACTORY.createSite();
                site.setId(row.getString("id"));
                site.setName(row.getString("name"));
                site.setKind(SqlValues.toLiteral(row.getString("kind"), SiteKind::get, "site"));
                site.setLevel(SqlValues.toLiteral(row.getString("level"), SiteLevel::get, "site"));
                site.setMainDomain(row.getString("main_domain"));
                site.setIdCode(row.getString("id_code"));
                site.setIcpRecord(row.getString("icp_record"));
                site.setSecurityRecord(row.getString("security_record"));
                site.setOperator(resolve(organisations, row.getString("operator_id")));
                site.setStatus(SqlValues.toLiteral(row.getString("status"), LifecycleStatus::get, "site"));
                site.setOpenedOn(SqlValues.toDate(row.getObject("opened_on", OffsetDateTime.class)));
                site.setStatusSince(SqlValues.toDate(row.getObject("status_since", OffsetDateTime.class)));
                site.setStatusUntil(SqlValues.toDate(row.getObject("status_until", OffsetDateTime.class)));
                site.setMainColour(row.getString("main_colour"));
                String hostId = row.getString("host_id");
                if (hostId != null) {
                    hosted.add(new Hosted(site, hostId, row.getInt("host_position")));
                }
                sites.put(site.getId(), site);
                platform.getSites().add(site);
            }
        }
        hosted.sort(Comparator.comparingInt(Hosted::position));
        for (Hosted entry : hosted) {
            Organisation host = resolve(organisations, entry.hostId());
            if (host != null) {
                host.getSites().add(entry.site());
            }
        }
        readDependents(TableSpec.SITE, (siteId, alias) -> owner(sites, siteId).getAliases().add(alias));
    }

    private void readColumns() throws SQLException {
        List<Placed<Column>> placed = new ArrayList<>();
        try (ResultSet row = query(TableSpec.COLUMN)) {
            while (row.next()) {
                Column column = FACTORY.createColumn();
                column.setId(row.getString("id"));
                column.setName(row.getString("name"));
                column.setPathSegment(row.getString("path_segment"));
                column.setCategory(SqlValues.toLiteral(row.getString("category"), ColumnCategory::get, "site_column"));
                column.setDescription(row.getString("description"));
                column.setKeywords(row.getString("keywords"));
                column.setUpdatePeriodDays(row.getInt("update_period_days"));
                columns.put(column.getId(), column);
                placed.add(new Placed<>(column, row.getString("site_id"), row.getString("parent_id")));
            }
        }
        for (Placed<Column> entry : placed) {
            EList<Column> siblings = entry.parentId() == null ? owner(sites, entry.siteId()).getColumns()
                    : owner(columns, entry.parentId()).getChildren();
            siblings.add(entry.object());
        }
    }

    private void readTopics() throws SQLException {
        try (ResultSet row = query(TableSpec.TOPIC)) {
            while (row.next()) {
                Topic topic = FACTORY.createTopic();
                topic.setId(row.getString("id"));
                topic.setName(row.getString("name"));
                topic.setPathSegment(row.getString("path_segment"));
                topic.setOnHomePage(row.getBoolean("on_home_page"));
                topic.setArchived(row.getBoolean("archived"));
                topic.setArchivedOn(SqlValues.toDate(row.getObject("archived_on", OffsetDateTime.class)));
                owner(sites, row.getString("site_id")).getTopics().add(topic);
            }
        }
    }

    private void readChannels() throws SQLException {
        try (ResultSet row = query(TableSpec.CHANNEL)) {
            while (row.next()) {
                Channel channel = FACTORY.createChannel();
                channel.setId(row.getString("id"));
                channel.setName(row.getString("name"));
                channel.setPathSegment(row.getString("path_segment"));
                channels.put(channel.getId(), channel);
                owner(sites, row.getString("site_id")).getChannels().add(channel);
            }
        }
        readDependents(TableSpec.CHANNEL, (channelId, columnId) -> {
            Column column = resolve(columns, columnId);
            if (column != null) {
                owner(channels, channelId).getColumns().add(column);
            }
        });
    }

    private ResultSet query(TableSpec table) throws SQLException {
        PreparedStatement select = connection.prepareStatement("SELECT id, " + String.join(", ", table.valueColumns())
                + " FROM " + table.name() + " WHERE platform_id = ? ORDER BY position");
        select.closeOnCompletion();
        select.setString(1, platformId);
        return select.executeQuery();
    }

    private interface DependentConsumer {
        void accept(String ownerId, String value);
    }

    private void readDependents(TableSpec table, DependentConsumer consumer) throws SQLException {
        TableSpec.Dependent dependent = table.dependent();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + dependent.ownerColumn() + ", "
                + dependent.valueColumn() + " FROM " + dependent.name() + " WHERE platform_id = ? ORDER BY "
                + dependent.ownerColumn() + ", position")) {
            select.setString(1, platformId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    consumer.accept(row.getString(1), row.getString(2));
                }
            }
        }
    }

    private static <T> T resolve(Map<String, T> objects, String id) {
        return id == null ? null : objects.get(id);
    }

    private <T> T owner(Map<String, T> objects, String id) {
        T owner = objects.get(id);
        if (owner == null) {
            throw new StoreException(NLS.bind(Messages.MissingOwner, id, platformId));
        }
        return owner;
    }
}

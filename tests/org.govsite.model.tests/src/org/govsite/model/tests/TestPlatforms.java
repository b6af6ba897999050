package org.govsite.model.tests;

import java.time.LocalDate;
import java.util.Date;

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
import org.govsite.model.guide.GuideDays;
import org.govsite.model.guide.GuideRules;
import org.govsite.model.ids.Ids;

/**
 * Builds small platforms that pass every rule: Hebei province (portal www.hebei.gov.cn), Baoding city under it
 * (portal www.bd.gov.cn) and Baoding's water bureau (department site slj.bd.gov.cn), each with the required columns.
 */
final class TestPlatforms {
    private static final GovSiteFactory FACTORY = GovSiteFactory.eINSTANCE;

    /** The valid platform and its parts, for tests to break one thing at a time. */
    record Fixture(Platform platform, Organisation province, Organisation city, Organisation waterBureau,
            Site provincePortal, Site cityPortal, Site waterSite) {
    }

    private TestPlatforms() {
    }

    static Fixture valid() {
        Platform platform = FACTORY.createPlatform();
        platform.setId(Ids.newId());
        platform.setName("河北省政府网站集约化平台");
        platform.setDivisionCode("130000");
        platform.setLevel(SiteLevel.PROVINCE);
        Organisation province = organisation(platform, "河北省人民政府", OrganisationKind.GOVERNMENT, "130000", "hebei",
                null);
        Organisation city = organisation(platform, "保定市人民政府", OrganisationKind.GOVERNMENT, "130600", "bd", province);
        Organisation water = organisation(platform, "保定市水利局", OrganisationKind.DEPARTMENT, "130600", "slj", city);
        Site provincePortal = site(platform, province, "河北省人民政府门户网站", SiteKind.PORTAL, SiteLevel.PROVINCE,
                "www.hebei.gov.cn", "1300000001");
        Site cityPortal = site(platform, city, "保定市人民政府门户网站", SiteKind.PORTAL, SiteLevel.CITY, "www.bd.gov.cn",
                "1306000001");
        Site waterSite = site(platform, water, "保定市水利局网站", SiteKind.DEPARTMENT, SiteLevel.CITY, "slj.bd.gov.cn",
                "1306000002");
        for (Site portal : new Site[] { provincePortal, cityPortal }) {
            for (String segment : new String[] { "sy", "zwgk", "zwfw", "hdjl", "zjhb" }) {
                channel(portal, "频道" + segment, segment);
            }
        }
        return new Fixture(platform, province, city, water, provincePortal, cityPortal, waterSite);
    }

    static Organisation organisation(Platform platform, String name, OrganisationKind kind, String division,
            String shortName, Organisation superior) {
        Organisation organisation = FACTORY.createOrganisation();
        organisation.setId(Ids.newId());
        organisation.setName(name);
        organisation.setKind(kind);
        organisation.setDivisionCode(division);
        organisation.setShortName(shortName);
        organisation.setSuperior(superior);
        platform.getOrganisations().add(organisation);
        return organisation;
    }

    /** A running site with the Guide's required columns, main colour and records. */
    static Site site(Platform platform, Organisation host, String name, SiteKind kind, SiteLevel level, String domain,
            String idCode) {
        Site site = FACTORY.createSite();
        site.setId(Ids.newId());
        site.setName(name);
        site.setKind(kind);
        site.setLevel(level);
        site.setMainDomain(domain);
        site.setIdCode(idCode);
        site.setHost(host);
        site.setOperator(host);
        site.setStatus(LifecycleStatus.RUNNING);
        site.setMainColour("#B5121B");
        site.setIcpRecord("冀ICP备05003209号");
        GuideRules.seedRequiredColumns(site);
        platform.getSites().add(site);
        return site;
    }

    static Column column(Site site, String name, String segment, ColumnCategory category) {
        Column column = newColumn(name, segment, category);
        site.getColumns().add(column);
        return column;
    }

    static Column child(Column parent, String name, String segment) {
        Column column = newColumn(name, segment, ColumnCategory.OTHER);
        parent.getChildren().add(column);
        return column;
    }

    static Topic topic(Site site, String name, String segment) {
        Topic topic = FACTORY.createTopic();
        topic.setId(Ids.newId());
        topic.setName(name);
        topic.setPathSegment(segment);
        site.getTopics().add(topic);
        return topic;
    }

    static Channel channel(Site site, String name, String segment) {
        Channel channel = FACTORY.createChannel();
        channel.setId(Ids.newId());
        channel.setName(name);
        channel.setPathSegment(segment);
        site.getChannels().add(channel);
        return channel;
    }

    /** 09:30 local time on the day. */
    static Date day(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atTime(9, 30).atZone(GuideDays.ZONE).toInstant());
    }

    private static Column newColumn(String name, String segment, ColumnCategory category) {
        Column column = FACTORY.createColumn();
        column.setId(Ids.newId());
        column.setName(name);
        column.setPathSegment(segment);
        column.setCategory(category);
        return column;
    }
}

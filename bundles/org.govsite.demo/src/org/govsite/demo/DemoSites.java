package org.govsite.demo;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.govsite.model.Channel;
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

/** Builds the organisations and sites of a demo platform; see {@link DemoProvince}. */
final class DemoSites {

    private static final GovSiteFactory FACTORY = GovSiteFactory.eINSTANCE;
    private static final String[] COLOURS = {"#C40000", "#1F5AA6", "#0B6BB3", "#B5121B", "#005BAC", "#2E6DA4"};
    private static final String[][] CHANNELS = {
        {"要闻动态", "ywdt", "zwdt"}, {"信息公开", "xxgk", "xxgk"}, {"政务服务", "zwfw", "bsfw"},
        {"互动交流", "hdjl", "hdjl"}, {"数据发布", "sjfb", "sjfb"}, {"专题专栏", "ztzl", "ztzl"}};
    private static final String[][] TOPICS = {
        {"优化营商环境", "yhyshj"}, {"乡村振兴", "xczx"}, {"安全生产月", "aqscy"}, {"第七次全国人口普查", "rkpc"}};
    private static final String ICP_PREFIX = "皖ICP备";
    private static final String SECURITY_PREFIX = "皖公网安备";

    private final Platform platform;
    private final Random random;
    private final int archiveYears;
    private final Map<String, Integer> serials = new HashMap<>();
    private final Map<Organisation, String> portalDomains = new HashMap<>();

    DemoSites(Platform platform, Random random, int archiveYears) {
        this.platform = platform;
        this.random = random;
        this.archiveYears = archiveYears;
    }

    static String id(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    Organisation government(Place place, Organisation superior, SiteLevel level) {
        Organisation government = organisation(place.name() + "人民政府", OrganisationKind.GOVERNMENT,
                place.divisionCode(), place.shortName(), superior);
        String domain = "www." + place.shortName() + ".gov.cn";
        portalDomains.put(government, domain);
        Site portal = site(government, SiteKind.PORTAL, level, domain);
        portal.getAliases().add(place.shortName() + ".gov.cn");
        channels(portal);
        topics(portal);
        return government;
    }

    void departments(Organisation government, List<Department> departments, SiteLevel level) {
        String governmentDomain = portalDomains.get(government).substring("www.".length());
        String place = government.getName().replace("人民政府", "");
        for (Department department : departments) {
            Organisation organisation = organisation(place + department.name(), OrganisationKind.DEPARTMENT,
                    government.getDivisionCode(), department.shortName(), government);
            site(organisation, SiteKind.DEPARTMENT, level, department.shortName() + "." + governmentDomain);
        }
    }

    private Organisation organisation(String name, OrganisationKind kind, String divisionCode, String shortName,
            Organisation superior) {
        Organisation organisation = FACTORY.createOrganisation();
        organisation.setId(id(random));
        organisation.setName(name);
        organisation.setKind(kind);
        organisation.setDivisionCode(divisionCode);
        organisation.setShortName(shortName);
        organisation.setSuperior(superior);
        platform.getOrganisations().add(organisation);
        return organisation;
    }

    private Site site(Organisation host, SiteKind kind, SiteLevel level, String domain) {
        Site site = FACTORY.createSite();
        site.setId(id(random));
        site.setName(host.getName() + (kind == SiteKind.PORTAL ? "门户网站" : "网站"));
        site.setKind(kind);
        site.setLevel(level);
        site.setMainDomain(domain);
        site.setIdCode(nextIdCode(host.getDivisionCode()));
        site.setIcpRecord(ICP_PREFIX + String.format("%08d", random.nextInt(100_000_000)) + "号");
        site.setSecurityRecord(SECURITY_PREFIX + host.getDivisionCode()
                + String.format("%08d", random.nextInt(100_000_000)) + "号");
        site.setHost(host);
        site.setOperator(host);
        site.setStatus(LifecycleStatus.RUNNING);
        site.setOpenedOn(date(LocalDate.of(2003 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        site.setMainColour(COLOURS[random.nextInt(COLOURS.length)]);
        platform.getSites().add(site);
        new DemoColumns(random, archiveYears).addTo(site,
                kind == SiteKind.PORTAL ? ColumnPlan.PORTAL : ColumnPlan.DEPARTMENT);
        return site;
    }

    private String nextIdCode(String divisionCode) {
        int serial = serials.merge(divisionCode, 1, Integer::sum);
        return divisionCode + String.format("%04d", serial);
    }

    private void channels(Site portal) {
        for (String[] spec : CHANNELS) {
            Channel channel = FACTORY.createChannel();
            channel.setId(id(random));
            channel.setName(spec[0]);
            channel.setPathSegment(spec[1]);
            portal.getColumns().stream().filter(c -> spec[2].equals(c.getPathSegment()))
                    .forEach(channel.getColumns()::add);
            portal.getChannels().add(channel);
        }
    }

    private void topics(Site portal) {
        for (int i = 0; i < TOPICS.length; i++) {
            Topic topic = FACTORY.createTopic();
            topic.setId(id(random));
            topic.setName(TOPICS[i][0]);
            topic.setPathSegment(TOPICS[i][1]);
            boolean archived = i == TOPICS.length - 1;
            topic.setArchived(archived);
            topic.setOnHomePage(!archived);
            if (archived) {
                topic.setArchivedOn(date(LocalDate.of(2021, 6, 30)));
            }
            portal.getTopics().add(topic);
        }
    }

    static Date date(LocalDate day) {
        return GuideDays.date(day);
    }

    /** The problems every demo province carries on purpose, so that the Problems view has work to show. */
    static void plantProblems(Platform platform) {
        List<Site> sites = platform.getSites();
        sites.stream().filter(s -> s.getKind() == SiteKind.DEPARTMENT && s.getLevel() == SiteLevel.CITY).findFirst()
                .ifPresent(s -> s.getColumns().removeIf(c -> c.getCategory() == ColumnCategory.INTERPRETATION));
        sites.stream().filter(s -> s.getKind() == SiteKind.PORTAL && s.getLevel() == SiteLevel.COUNTY).findFirst()
                .ifPresent(s -> s.getChannels().subList(4, s.getChannels().size()).clear());
        sites.stream().filter(s -> s.getLevel() == SiteLevel.CITY && !s.getTopics().isEmpty()).findFirst()
                .ifPresent(s -> s.getTopics().get(s.getTopics().size() - 1).setOnHomePage(true));
    }
}

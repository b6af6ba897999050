package org.govsite.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govsite.model.GovSiteFactory;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.SiteLevel;

/**
 * Generates a demo province platform: the province portal and departments, city portals and departments,
 * county portals and a few county departments, each with a realistic column tree, channels and topics.
 * Names, domains, 标识码, ICP and public-security records follow the Guide's formats. The result is the same
 * for the same size and seed.
 * <p>
 * A demo should show the Problems view at work, so a few problems are planted on purpose (see
 * {@link DemoSites#plantProblems}): one department site lacks its 解读回应 column, one county portal has four
 * channels only, and one archived topic is still on a home page. Everything else passes validation.
 */
public final class DemoProvince {

    /** How big a province to generate. */
    public enum Size {
        /** About 20 sites and 2,000 columns: quick tests. */
        SMALL(7, 2, 3, 1, 1, 15),
        /** About 400 sites and 50,000 columns: a real province's scale (Guangxi runs 377 sites). */
        STANDARD(35, 16, 12, 6, 2, 21);

        final int provinceDepartments;
        final int cities;
        final int cityDepartments;
        final int countiesPerCity;
        final int countyDepartments;
        final int archiveYears;

        Size(int provinceDepartments, int cities, int cityDepartments, int countiesPerCity, int countyDepartments,
                int archiveYears) {
            this.provinceDepartments = provinceDepartments;
            this.cities = cities;
            this.cityDepartments = cityDepartments;
            this.countiesPerCity = countiesPerCity;
            this.countyDepartments = countyDepartments;
            this.archiveYears = archiveYears;
        }
    }

    private DemoProvince() {
    }

    public static Platform generate(Size size, long seed) {
        Random random = new Random(seed);
        Platform platform = GovSiteFactory.eINSTANCE.createPlatform();
        platform.setId(DemoSites.id(random));
        platform.setName(DemoCatalogue.PROVINCE.name() + "政府网站集约化平台（演示）");
        platform.setDivisionCode(DemoCatalogue.PROVINCE.divisionCode());
        platform.setLevel(SiteLevel.PROVINCE);
        DemoSites sites = new DemoSites(platform, random, size.archiveYears);

        Organisation province = sites.government(DemoCatalogue.PROVINCE, null, SiteLevel.PROVINCE);
        sites.departments(province, DemoCatalogue.PROVINCE_DEPARTMENTS.subList(0, size.provinceDepartments),
                SiteLevel.PROVINCE);
        Set<String> countyNames = new HashSet<>();
        List<Organisation> counties = new ArrayList<>();
        for (Place cityPlace : DemoCatalogue.CITIES.subList(0, size.cities)) {
            Organisation city = sites.government(cityPlace, province, SiteLevel.CITY);
            sites.departments(city, DemoCatalogue.CITY_DEPARTMENTS.subList(0, size.cityDepartments), SiteLevel.CITY);
            for (Place countyPlace : DemoCatalogue.counties(cityPlace, size.countiesPerCity, countyNames)) {
                counties.add(sites.government(countyPlace, city, SiteLevel.COUNTY));
            }
        }
        for (Organisation county : counties.subList(0, Math.min(counties.size(), 30))) {
            sites.departments(county, DemoCatalogue.COUNTY_DEPARTMENTS.subList(0, size.countyDepartments),
                    SiteLevel.COUNTY);
        }
        DemoSites.plantProblems(platform);
        return platform;
    }
}

package org.govsite.server.internal;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A government service item (政务服务事项) on the wire: {@code {"id","site","name","online","cases":[{"year",
 * "persons","legalEntities"}],"version"}}. In requests {@code id} may be omitted on create, {@code site} may be
 * omitted (it is the path's), {@code online} omitted is false, {@code cases} omitted is empty, and {@code version}
 * is ignored.
 *
 * @param online can be handled entirely online (可全程在线办理)
 * @param cases the cases handled (办件量) per year, at most one entry per year, in year order in answers
 */
public record ServiceItemJson(String id, String site, String name, Boolean online, List<Cases> cases, Long version)
        implements SiteRecord<ServiceItemJson> {
    private static final int MAX_YEARS = 200;

    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public ServiceItemJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.name("name", name, 500); //$NON-NLS-1$
        online = Boolean.TRUE.equals(online);
        cases = Fields.list("cases", cases);
        Fields.check(cases.size() <= MAX_YEARS && cases.stream().map(Cases::year).distinct().count() == cases.size(),
                "cases must have at most one entry per year"); //$NON-NLS-1$
        cases = cases.stream().sorted(Comparator.comparing(Cases::year)).toList();
    }

    /**
     * The cases handled in one year.
     *
     * @param year 1900 to 9999
     * @param persons cases of natural persons (自然人), at least 0, omitted 0
     * @param legalEntities cases of legal entities (法人), at least 0, omitted 0
     */
    public record Cases(Integer year, Long persons, Long legalEntities) {
        /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the invalid field */
        public Cases {
            Fields.check(year != null && year >= 1900 && year <= 9999, "cases year must be 1900 to 9999"); //$NON-NLS-1$
            persons = persons == null ? 0 : persons;
            legalEntities = legalEntities == null ? 0 : legalEntities;
            Fields.count("persons", persons); //$NON-NLS-1$
            Fields.count("legalEntities", legalEntities); //$NON-NLS-1$
        }
    }

    @Override
    public ServiceItemJson with(String newSite, String newId, long newVersion) {
        return new ServiceItemJson(newId, newSite, name, online, cases, newVersion);
    }

    /** @return this item with {@code newCases} */
    ServiceItemJson withCases(List<Cases> newCases) {
        return new ServiceItemJson(id, site, name, online, newCases, version);
    }

    @Override
    @JsonIgnore
    public Object[] row() {
        return new Object[] { name, online };
    }
}

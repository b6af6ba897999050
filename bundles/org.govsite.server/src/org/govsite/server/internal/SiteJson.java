package org.govsite.server.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govsite.model.LifecycleStatus;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;

/**
 * A site on the wire (docs/server.md): {@code {"id","name","kind","level","host","mainDomain","aliases","idCode",
 * "icpRecord","securityRecord","status","openedOn","version"}}; in requests {@code id} may be omitted on create,
 * {@code aliases} may be omitted (none) and {@code version} is ignored.
 *
 * @param kind a literal of the model's {@link SiteKind}
 * @param level a literal of {@link SiteLevel}
 * @param host the id of the hosting organisation (主办单位), required
 * @param idCode 政府网站标识码: 10 digits, or {@code bm} and 8 digits
 * @param status a literal of {@link LifecycleStatus}
 * @param openedOn {@code YYYY-MM-DD} or null
 */
public record SiteJson(String id, String name, String kind, String level, String host, String mainDomain,
        List<String> aliases, String idCode, String icpRecord, String securityRecord, String status, String openedOn,
        Long version) implements VersionedEntity {
    private static final Pattern ID_CODE = Pattern.compile("[0-9]{10}|bm[0-9]{8}"); //$NON-NLS-1$

    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public SiteJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.name("name", name, 200); //$NON-NLS-1$
        Fields.literal("kind", kind, SiteKind::get, SiteKind.VALUES); //$NON-NLS-1$
        Fields.literal("level", level, SiteLevel::get, SiteLevel.VALUES); //$NON-NLS-1$
        Fields.check(host != null, "host must be an organisation id"); //$NON-NLS-1$
        Fields.id("host", host); //$NON-NLS-1$
        Fields.matches("mainDomain", mainDomain, Fields.DOMAIN); //$NON-NLS-1$
        aliases = Fields.list("aliases", aliases); //$NON-NLS-1$
        aliases.forEach(alias -> Fields.matches("aliases", alias, Fields.DOMAIN)); //$NON-NLS-1$
        List<String> domains = domains(mainDomain, aliases);
        Fields.check(domains.stream().map(PublishedSites::normalise).distinct().count() == domains.size(),
                "aliases must differ from each other and from mainDomain, in any case"); //$NON-NLS-1$
        Fields.matches("idCode", idCode, ID_CODE); //$NON-NLS-1$
        Fields.optional("icpRecord", icpRecord, 100); //$NON-NLS-1$
        Fields.optional("securityRecord", securityRecord, 100); //$NON-NLS-1$
        Fields.literal("status", status, LifecycleStatus::get, LifecycleStatus.VALUES); //$NON-NLS-1$
        Fields.date("openedOn", openedOn); //$NON-NLS-1$
    }

    /** @return this site with {@code newId} and {@code newVersion} */
    SiteJson with(String newId, long newVersion) {
        return new SiteJson(newId, name, kind, level, host, mainDomain, aliases, idCode, icpRecord, securityRecord,
                status, openedOn, newVersion);
    }

    /** @return every domain of the site: the main one (if any) and the aliases */
    List<String> domains() {
        return domains(mainDomain, aliases);
    }

    private static List<String> domains(String mainDomain, List<String> aliases) {
        return mainDomain == null ? aliases : Stream.concat(Stream.of(mainDomain), aliases.stream()).toList();
    }
}

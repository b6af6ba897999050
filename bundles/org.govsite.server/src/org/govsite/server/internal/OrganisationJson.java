package org.govsite.server.internal;

import java.util.regex.Pattern;

import org.govsite.model.OrganisationKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An organisation on the wire: {@code {"id","name","kind","divisionCode","shortName","superior","version"}}.
 * In requests {@code id} may be omitted on create and {@code version} is ignored (the server keeps it; the
 * {@code ETag} and {@code If-Match} headers carry it).
 *
 * @param kind {@code GOVERNMENT} or {@code DEPARTMENT} (the model's {@code OrganisationKind})
 * @param divisionCode 6 or 12 digits (行政区划代码), may be null
 * @param superior the id of the superior organisation, may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationJson(String id, String name, String kind, String divisionCode, String shortName,
        String superior, Long version) implements VersionedEntity {
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}|[0-9]{12}"); //$NON-NLS-1$

    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public OrganisationJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.name("name", name, 200); //$NON-NLS-1$
        Fields.literal("kind", kind, OrganisationKind::get, OrganisationKind.VALUES); //$NON-NLS-1$
        Fields.matches("divisionCode", divisionCode, DIVISION_CODE); //$NON-NLS-1$
        Fields.optional("shortName", shortName, 100); //$NON-NLS-1$
        Fields.id("superior", superior); //$NON-NLS-1$
    }

    /** @return this organisation with {@code newId} and {@code newVersion} */
    OrganisationJson with(String newId, long newVersion) {
        return new OrganisationJson(newId, name, kind, divisionCode, shortName, superior, newVersion);
    }
}

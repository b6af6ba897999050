package org.govsite.server.internal;

import java.util.regex.Pattern;

import org.govsite.model.OrganisationKind;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

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
        String superior, Long version) {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}"); //$NON-NLS-1$
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}|[0-9]{12}"); //$NON-NLS-1$

    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) naming the first invalid field */
    public OrganisationJson {
        check(id == null || ID.matcher(id).matches(), "id must be 1 to 64 characters A-Z a-z 0-9 . _ ~ -"); //$NON-NLS-1$
        check(name != null && !name.isBlank() && name.length() <= 200, "name must be 1 to 200 characters"); //$NON-NLS-1$
        check(kind != null && OrganisationKind.get(kind) != null, "kind must be GOVERNMENT or DEPARTMENT"); //$NON-NLS-1$
        check(divisionCode == null || DIVISION_CODE.matcher(divisionCode).matches(), "divisionCode must be 6 or 12 digits"); //$NON-NLS-1$
        check(shortName == null || shortName.length() <= 100, "shortName must be at most 100 characters"); //$NON-NLS-1$
        check(superior == null || ID.matcher(superior).matches(), "superior must be an organisation id"); //$NON-NLS-1$
    }

    /** @return this organisation with {@code newId} and {@code newVersion} */
    OrganisationJson with(String newId, long newVersion) {
        return new OrganisationJson(newId, name, kind, divisionCode, shortName, superior, newVersion);
    }

    /** @return the ETag of this version: the version in double quotes */
    String etag() {
        return "\"" + version + "\""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void check(boolean valid, String detail) {
        if (!valid) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, detail);
        }
    }
}

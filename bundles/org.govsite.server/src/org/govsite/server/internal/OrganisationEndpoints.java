package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.server.Role;

/**
 * {@code /api/v1/organisations}: list and read (content editors and reviewers), create, update and delete (content
 * editors). Updates and deletes need {@code If-Match} with the current ETag; every change is logged.
 */
public final class OrganisationEndpoints {
    private static final Pattern ETAG = Pattern.compile("\"([0-9]{1,18})\""); //$NON-NLS-1$
    private static final String ETAG_HEADER = "ETag"; //$NON-NLS-1$

    private final Services services;

    public OrganisationEndpoints(Services services) {
        this.services = services;
    }

    public ApiResponse list(Caller caller) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        return ApiResponse.json(200, Map.of("organisations", services.database().transaction(Organisations::list))); //$NON-NLS-1$
    }

    public ApiResponse get(Caller caller, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        OrganisationJson organisation = services.database().transaction(connection -> existing(connection, id));
        return ApiResponse.json(200, organisation).withHeader(ETAG_HEADER, organisation.etag());
    }

    public ApiResponse create(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        OrganisationJson input = JsonBodies.read(request.body(), OrganisationJson.class);
        OrganisationJson created = input.with(input.id() == null ? UUID.randomUUID().toString() : input.id(), 1);
        services.database().transaction(connection -> {
            if (Organisations.find(connection, created.id()).isPresent()) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "organisation " + created.id() + " exists already"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            checkSuperior(connection, created);
            Organisations.insert(connection, created);
            services.log().append(connection, caller.operator(), "organisation.create", created.id(), created.name()); //$NON-NLS-1$
            return null;
        });
        return ApiResponse.json(201, created).withHeader(ETAG_HEADER, created.etag());
    }

    public ApiResponse update(Caller caller, ApiRequest request, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        long baseVersion = ifMatch(request);
        OrganisationJson input = JsonBodies.read(request.body(), OrganisationJson.class);
        if (input.id() != null && !input.id().equals(id)) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "id in the body differs from the path"); //$NON-NLS-1$
        }
        OrganisationJson updated = services.database().transaction(connection -> {
            OrganisationJson current = existing(connection, id);
            checkVersion(current, baseVersion);
            OrganisationJson next = input.with(id, current.version() + 1);
            checkSuperior(connection, next);
            if (!Organisations.update(connection, next, baseVersion)) {
                throw conflict(baseVersion);
            }
            services.log().append(connection, caller.operator(), "organisation.update", id, //$NON-NLS-1$
                    "version " + next.version()); //$NON-NLS-1$
            return next;
        });
        return ApiResponse.json(200, updated).withHeader(ETAG_HEADER, updated.etag());
    }

    public ApiResponse delete(Caller caller, ApiRequest request, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        long baseVersion = ifMatch(request);
        services.database().transaction(connection -> {
            OrganisationJson current = existing(connection, id);
            checkVersion(current, baseVersion);
            if (Organisations.isSuperiorOfAny(connection, id)) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "organisation " + id + " is the superior of others"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!Organisations.delete(connection, id, baseVersion)) {
                throw conflict(baseVersion);
            }
            services.log().append(connection, caller.operator(), "organisation.delete", id, current.name()); //$NON-NLS-1$
            return null;
        });
        return ApiResponse.json(200, Map.of("id", id, "deleted", true)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static OrganisationJson existing(Connection connection, String id) throws SQLException {
        return Organisations.find(connection, id).orElseThrow(
                () -> new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no organisation " + id)); //$NON-NLS-1$
    }

    private static void checkSuperior(Connection connection, OrganisationJson organisation) throws SQLException {
        String superior = organisation.superior();
        if (superior != null && (superior.equals(organisation.id()) || Organisations.find(connection, superior).isEmpty())) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "superior " + superior + " is not another organisation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static ProtocolException conflict(long baseVersion) {
        return new ProtocolException(ErrorCode.CONFLICT_ETAG, "changed meanwhile: no longer at version " + baseVersion); //$NON-NLS-1$
    }

    private static void checkVersion(OrganisationJson current, long baseVersion) {
        if (current.version() != baseVersion) {
            throw new ProtocolException(ErrorCode.CONFLICT_ETAG, "If-Match \"" + baseVersion + "\" but the current ETag is " //$NON-NLS-1$ //$NON-NLS-2$
                    + current.etag());
        }
    }

    private static long ifMatch(ApiRequest request) {
        String value = request.header(ProtocolHeaders.IF_MATCH).orElseThrow(() -> new ProtocolException(
                ErrorCode.REQ_PRECONDITION_REQUIRED, "If-Match is required")); //$NON-NLS-1$
        Matcher matcher = ETAG.matcher(value);
        if (!matcher.matches()) {
            throw new ProtocolException(ErrorCode.CONFLICT_ETAG, "If-Match " + value + " is not an ETag of this server"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Long.parseLong(matcher.group(1));
    }
}

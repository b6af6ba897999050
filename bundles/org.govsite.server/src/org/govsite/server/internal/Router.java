package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.SessionCredentials;
import org.govsite.protocol.Verdict;
import org.govsite.server.Role;

/**
 * Dispatches {@code /api/v1/...} requests. The health, version and login endpoints are public; every other request
 * is verified by the {@link org.govsite.protocol.RequestVerifier} first and then checked against the operator's
 * roles. Failures become documented error bodies; anything unexpected is {@code GS-SERVER-ERROR} without detail.
 */
public final class Router {
    /** The version of this server, as {@code GET /api/v1/version} reports it. */
    public static final String SERVER_VERSION = "1.0.0"; //$NON-NLS-1$
    /** Unexpected failures only: the JDK's platform logging (stderr by default). */
    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    /** Refusals that go to the operation log ({@link #audit}). */
    private static final Set<ErrorCode> AUDITED = EnumSet.of(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED,
            ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE, ErrorCode.AUTH_UNKNOWN_KEY, ErrorCode.AUTH_ROLE);
    /** The width of {@code operation_log.target}. */
    private static final int MAX_TARGET = 200;

    private final Services services;
    private final LoginEndpoints login;
    private final EntityEndpoints<OrganisationJson> organisations;
    private final EntityEndpoints<SiteJson> sites;
    private final EntityEndpoints<ColumnJson> columns;
    private final EntityEndpoints<TopicJson> topics;
    private final EntityEndpoints<ChannelJson> channels;
    /** The interaction records below a site, by the path segment after {@code /sites/{siteId}/}. */
    private final Map<String, EntityEndpoints<?>> siteRecords;
    private final OperatorEndpoints operators;
    private final LogEndpoint log;
    private final ChangeFeedEndpoint changes;
    private final StatusEndpoint status;
    private final LibraryRoutes library;
    private final StatisticsEndpoint statistics;

    public Router(Services services) {
        this.services = services;
        this.login = new LoginEndpoints(services);
        Columns columnTable = new Columns();
        Topics topicTable = new Topics(services.config().clock());
        Channels channelTable = new Channels();
        List<EntityTable<?>> records = List.of(MessageJson.table(), SolicitationJson.table(), InterviewJson.table(),
                new ServiceItems());
        List<EntityTable<?>> scoped = new ArrayList<>(List.of(channelTable, topicTable, columnTable));
        scoped.addAll(records);
        this.organisations = new EntityEndpoints<>(services, new Organisations());
        this.sites = new EntityEndpoints<>(services, new Sites(scoped, services::now));
        this.columns = new EntityEndpoints<>(services, columnTable);
        this.topics = new EntityEndpoints<>(services, topicTable);
        this.channels = new EntityEndpoints<>(services, channelTable);
        Map<String, EntityEndpoints<?>> byPath = new HashMap<>();
        for (EntityTable<?> table : records) {
            byPath.put(table.listField(), new EntityEndpoints<>(services, table));
        }
        this.siteRecords = Map.copyOf(byPath);
        this.operators = new OperatorEndpoints(services);
        this.log = new LogEndpoint(services);
        this.changes = new ChangeFeedEndpoint(services);
        this.status = new StatusEndpoint(services);
        this.library = new LibraryRoutes(services);
        this.statistics = new StatisticsEndpoint(services);
    }

    /**
     * @return the answer, with the session whose key authenticates it when the request was an accepted ordinary
     *         request of a session (otherwise the answer is SM2-signed)
     */
    public Answer handle(ApiRequest request) {
        Authenticated caller;
        try {
            Optional<ApiResponse> open = routeOpen(request);
            if (open.isPresent()) {
                return new Answer(open.get(), null);
            }
            caller = authenticate(request);
        } catch (SQLException | RuntimeException e) {
            return new Answer(failure(request, e), null);
        }
        try {
            return new Answer(routeSigned(caller.caller(), request), caller.answerSession());
        } catch (SQLException | RuntimeException e) {
            return new Answer(auditedFailure(caller.caller(), request, e), caller.answerSession());
        }
    }

    /** The answers to requests without a session: health, version, server key and the login flow. */
    private Optional<ApiResponse> routeOpen(ApiRequest request) throws SQLException {
        List<String> path = request.segments();
        if (path.contains(".") || path.contains("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_URI, "dot segments are refused"); //$NON-NLS-1$
        }
        if (is(request, "GET", "health")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(ApiResponse.json(200, Map.of("status", "UP"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (is(request, "GET", "version")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(ApiResponse.json(200, status.version()));
        }
        if (is(request, "GET", "server-key")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(new ApiResponse(200, "application/x-pem-file", //$NON-NLS-1$
                    services.serverKey().toPem().getBytes(StandardCharsets.US_ASCII), Map.of()));
        }
        if (is(request, "POST", "session", "challenge")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(login.challenge(request));
        }
        if (is(request, "POST", "session")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(login.login(request));
        }
        return Optional.empty();
    }

    private ApiResponse auditedFailure(Caller caller, ApiRequest request, Exception e) {
        if (e instanceof ProtocolException refused) {
            try {
                audit(caller.operator(), request, refused);
            } catch (SQLException | RuntimeException auditFailure) {
                return failure(request, auditFailure);
            }
        }
        return failure(request, e);
    }

    /** @return the documented error answer; anything unexpected is {@code GS-SERVER-ERROR} without detail */
    private static ApiResponse failure(ApiRequest request, Exception e) {
        if (e instanceof ProtocolException refused) {
            return ApiResponse.error(refused);
        }
        LOG.log(System.Logger.Level.ERROR, request.method() + " " + request.target() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
        return ApiResponse.error(ErrorCode.SERVER_ERROR, ""); //$NON-NLS-1$
    }

    private ApiResponse routeSigned(Caller caller, ApiRequest request) throws SQLException {
        List<String> path = request.segments();
        if (is(request, "DELETE", "session")) { //$NON-NLS-1$ //$NON-NLS-2$
            return login.logout(caller);
        }
        Optional<ApiResponse> libraryAnswer = library.route(caller, request);
        if (libraryAnswer.isPresent()) {
            return libraryAnswer.get();
        }
        if (path.get(0).equals("organisations")) { //$NON-NLS-1$
            return entity(organisations, caller, request, null, path.subList(1, path.size()));
        }
        if (path.get(0).equals("sites")) { //$NON-NLS-1$
            return site(caller, request, path.subList(1, path.size()));
        }
        if (path.get(0).equals("operators")) { //$NON-NLS-1$
            return operator(caller, request, path.subList(1, path.size()));
        }
        if (is(request, "GET", "changes")) { //$NON-NLS-1$ //$NON-NLS-2$
            return changes.read(caller, request);
        }
        if (is(request, "GET", "status")) { //$NON-NLS-1$ //$NON-NLS-2$
            return status.read(caller);
        }
        if (is(request, "GET", "log")) { //$NON-NLS-1$ //$NON-NLS-2$
            return log.read(caller, request);
        }
        if (is(request, "GET", "statistics")) { //$NON-NLS-1$ //$NON-NLS-2$
            return statistics.read(caller, request);
        }
        throw notFound(request);
    }

    /**
     * {@code /sites}, {@code /sites/{id}}, {@code /sites/{id}/columns[/{id}]}, {@code /sites/{id}/topics[/{id}]},
     * {@code /sites/{id}/channels[/{id}]} and
     * the interaction records {@code /sites/{id}/messages|solicitations|interviews|services[/{id}]}
     */
    private ApiResponse site(Caller caller, ApiRequest request, List<String> rest) throws SQLException {
        if (rest.size() >= 2 && Fields.ID.matcher(rest.get(0)).matches()) {
            List<String> below = rest.subList(2, rest.size());
            switch (rest.get(1)) {
            case "columns": //$NON-NLS-1$
                return entity(columns, caller, request, rest.get(0), below);
            case "topics": //$NON-NLS-1$
                return entity(topics, caller, request, rest.get(0), below);
            case "channels": //$NON-NLS-1$
                return entity(channels, caller, request, rest.get(0), below);
            default:
                EntityEndpoints<?> records = siteRecords.get(rest.get(1));
                if (records == null) {
                    throw notFound(request);
                }
                return entity(records, caller, request, rest.get(0), below);
            }
        }
        return entity(sites, caller, request, null, rest);
    }

    /** {@code GET|POST} on the collection, {@code GET|PUT|DELETE} on {@code /{id}}. */
    private static ApiResponse entity(EntityEndpoints<?> endpoints, Caller caller, ApiRequest request, String scope,
            List<String> rest) throws SQLException {
        String method = request.method();
        if (rest.isEmpty() && method.equals("GET")) { //$NON-NLS-1$
            return endpoints.list(caller, scope);
        }
        if (rest.isEmpty() && method.equals("POST")) { //$NON-NLS-1$
            return endpoints.create(caller, request, scope);
        }
        if (rest.size() == 1 && Fields.ID.matcher(rest.get(0)).matches()) {
            String id = rest.get(0);
            switch (method) {
            case "GET": //$NON-NLS-1$
                return endpoints.get(caller, scope, id);
            case "PUT": //$NON-NLS-1$
                return endpoints.update(caller, request, scope, id);
            case "DELETE": //$NON-NLS-1$
                return endpoints.delete(caller, request, scope, id);
            default:
                break;
            }
        }
        throw notFound(request);
    }

    /** {@code /operators[/{name}[/roles|/key|/password|/unlock]]} */
    private ApiResponse operator(Caller caller, ApiRequest request, List<String> rest) throws SQLException {
        String method = request.method() + ' ' + (rest.size() == 2 ? rest.get(1) : rest.size());
        switch (method) {
        case "GET 0": //$NON-NLS-1$
            return operators.list(caller);
        case "POST 0": //$NON-NLS-1$
            return operators.create(caller, request);
        case "DELETE 1": //$NON-NLS-1$
            return operators.delete(caller, request, rest.get(0));
        case "PUT roles": //$NON-NLS-1$
            return operators.changeRoles(caller, request, rest.get(0));
        case "PUT key": //$NON-NLS-1$
            return operators.changeKey(caller, request, rest.get(0));
        case "PUT password": //$NON-NLS-1$
            return operators.changePassword(caller, request, rest.get(0));
        case "POST unlock": //$NON-NLS-1$
            return operators.unlock(caller, request, rest.get(0));
        default:
            throw notFound(request);
        }
    }

    private static ProtocolException notFound(ApiRequest request) {
        return new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no endpoint " + request.method() + " /api/v1/" //$NON-NLS-1$ //$NON-NLS-2$
                + String.join("/", request.segments())); //$NON-NLS-1$
    }

    private Authenticated authenticate(ApiRequest request) throws SQLException {
        Verdict verdict = services.verifier().verify(request.method(), request.target(), request.headers(), request.body());
        if (!verdict.accepted()) {
            ProtocolException refused = new ProtocolException(verdict.error(), verdict.detail());
            // the session's HMAC was right when the operator signature is what failed: the operator header is true
            audit(request.header(ProtocolHeaders.OPERATOR).orElse(""), request, refused); //$NON-NLS-1$
            throw refused;
        }
        try {
            Set<Role> roles = services.database()
                    .transaction(connection -> Operators.roles(connection, verdict.operator()))
                    .orElseThrow(() -> new ProtocolException(ErrorCode.AUTH_UNKNOWN_SESSION, "operator removed")); //$NON-NLS-1$
            String sessionId = request.header(ProtocolHeaders.SESSION).orElseThrow();
            return new Authenticated(new Caller(verdict.operator(), sessionId, roles), verdict.answerSession());
        } catch (SQLException | RuntimeException e) {
            Optional.ofNullable(verdict.answerSession()).ifPresent(SessionCredentials::destroy);
            throw e;
        }
    }

    /** A verified request's caller and the session whose key authenticates its answer (null: SM2-signed). */
    private record Authenticated(Caller caller, SessionCredentials answerSession) {
    }

    /**
     * Logs a refusal of an authenticated operator ({@code request.refused}, target method and path, detail the
     * code): a high-risk operation without the operator's own valid signature (a session key used by someone
     * else?) or an operation outside the operator's roles.
     */
    private void audit(String operator, ApiRequest request, ProtocolException refusal) throws SQLException {
        if (AUDITED.contains(refusal.errorCode())) {
            String target = request.method() + " /api/v1/" + String.join("/", request.segments()); //$NON-NLS-1$ //$NON-NLS-2$
            services.database().transaction(connection -> {
                services.log().append(connection, operator, "request.refused", //$NON-NLS-1$
                        target.substring(0, Math.min(target.length(), MAX_TARGET)), refusal.errorCode().code());
                return null;
            });
        }
    }

    private static boolean is(ApiRequest request, String method, String... path) {
        return request.method().equals(method) && request.segments().equals(List.of(path));
    }
}

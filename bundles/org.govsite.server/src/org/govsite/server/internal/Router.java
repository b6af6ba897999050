package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.Verdict;
import org.govsite.server.internal.Operators.Operator;

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

    private final Services services;
    private final LoginEndpoints login;
    private final OrganisationEndpoints organisations;
    private final OperatorEndpoints operators;
    private final LogEndpoint log;
    private final LibraryRoutes library;

    public Router(Services services) {
        this.services = services;
        this.login = new LoginEndpoints(services);
        this.organisations = new OrganisationEndpoints(services);
        this.operators = new OperatorEndpoints(services);
        this.log = new LogEndpoint(services);
        this.library = new LibraryRoutes(services);
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ProtocolException e) {
            return ApiResponse.error(e);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, request.method() + " " + request.target() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.error(ErrorCode.SERVER_ERROR, ""); //$NON-NLS-1$
        }
    }

    private ApiResponse route(ApiRequest request) throws SQLException {
        List<String> path = request.segments();
        String method = request.method();
        if (path.contains(".") || path.contains("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_URI, "dot segments are refused"); //$NON-NLS-1$
        }
        if (is(request, "GET", "health")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.json(200, Map.of("status", "UP")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (is(request, "GET", "version")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.json(200, Map.of("server", SERVER_VERSION, "protocol", 1, "schema", Schema.CURRENT_VERSION)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (is(request, "GET", "server-key")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new ApiResponse(200, "application/x-pem-file", //$NON-NLS-1$
                    services.serverKey().toPem().getBytes(StandardCharsets.US_ASCII), Map.of());
        }
        if (is(request, "POST", "session", "challenge")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return login.challenge(request);
        }
        if (is(request, "POST", "session")) { //$NON-NLS-1$ //$NON-NLS-2$
            return login.login(request);
        }
        Caller caller = authenticate(request);
        if (is(request, "DELETE", "session")) { //$NON-NLS-1$ //$NON-NLS-2$
            return login.logout(caller);
        }
        if (is(request, "GET", "organisations")) { //$NON-NLS-1$ //$NON-NLS-2$
            return organisations.list(caller);
        }
        if (is(request, "POST", "organisations")) { //$NON-NLS-1$ //$NON-NLS-2$
            return organisations.create(caller, request);
        }
        if (path.size() == 2 && path.get(0).equals("organisations") && OrganisationJson.ID.matcher(path.get(1)).matches()) { //$NON-NLS-1$
            String id = path.get(1);
            switch (method) {
            case "GET": //$NON-NLS-1$
                return organisations.get(caller, id);
            case "PUT": //$NON-NLS-1$
                return organisations.update(caller, request, id);
            case "DELETE": //$NON-NLS-1$
                return organisations.delete(caller, request, id);
            default:
                break;
            }
        }
        if (is(request, "POST", "operators")) { //$NON-NLS-1$ //$NON-NLS-2$
            return operators.create(caller, request);
        }
        if (method.equals("PUT") && path.size() == 3 && path.get(0).equals("operators") && path.get(2).equals("roles")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return operators.changeRoles(caller, request, path.get(1));
        }
        if (is(request, "GET", "log")) { //$NON-NLS-1$ //$NON-NLS-2$
            return log.read(caller, request);
        }
        Optional<ApiResponse> libraryAnswer = library.route(caller, request);
        if (libraryAnswer.isPresent()) {
            return libraryAnswer.get();
        }
        throw new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no endpoint " + method + " /api/v1/" + String.join("/", path)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Caller authenticate(ApiRequest request) throws SQLException {
        Verdict verdict = services.verifier().verify(request.method(), request.target(), request.headers(), request.body());
        if (!verdict.accepted()) {
            throw new ProtocolException(verdict.error(), verdict.detail());
        }
        Operator operator = services.database().transaction(connection -> Operators.find(connection, verdict.operator()))
                .orElseThrow(() -> new ProtocolException(ErrorCode.AUTH_UNKNOWN_SESSION, "operator removed")); //$NON-NLS-1$
        String sessionId = request.header(ProtocolHeaders.SESSION).orElseThrow();
        return new Caller(operator.name(), sessionId, operator.roles());
    }

    private static boolean is(ApiRequest request, String method, String... path) {
        return request.method().equals(method) && request.segments().equals(List.of(path));
    }
}

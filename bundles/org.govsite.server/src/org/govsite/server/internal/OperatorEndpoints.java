package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;

/**
 * Operators, for system administrators: {@code POST /api/v1/operators} registers one (name, SM2 public key,
 * password, roles); {@code PUT /api/v1/operators/{name}/roles} replaces its roles, a high-risk operation that the
 * request verifier accepts only with the administrator's own SM2 signature.
 */
public final class OperatorEndpoints {
    /**
     * Body of the request.
     *
     * @param publicKey PEM {@code PUBLIC KEY} of the operator's SM2 key
     * @param roles wire names of {@link Role}s, at least one
     */
    public record NewOperator(String name, String publicKey, char[] password, List<String> roles) {
    }

    /** Body of a role change: wire names of {@link Role}s, at least one. */
    public record RoleChange(List<String> roles) {
    }

    private final Services services;

    public OperatorEndpoints(Services services) {
        this.services = services;
    }

    public ApiResponse create(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        NewOperator input = JsonBodies.read(request.body(), NewOperator.class);
        try {
            String name = checkName(input.name());
            Sm2PublicKey key = publicKey(input.publicKey());
            Set<Role> roles = roles(input.roles());
            if (input.password() == null || input.password().length < 8) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "password must have at least 8 characters"); //$NON-NLS-1$
            }
            String verifier = PasswordVerifier.hash(input.password(), services.config().passwordIterations());
            services.database().transaction(connection -> {
                if (!Operators.insert(connection, name, key, verifier, roles, services.now())) {
                    throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "operator " + name + " exists already"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                services.log().append(connection, caller.operator(), "operator.create", name, Operators.formatRoles(roles)); //$NON-NLS-1$
                return null;
            });
            return ApiResponse.json(201, Map.of("name", name, "roles", input.roles())); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            if (input.password() != null) {
                Arrays.fill(input.password(), '\0');
            }
        }
    }

    public ApiResponse changeRoles(Caller caller, ApiRequest request, String name) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        Set<Role> roles = roles(JsonBodies.read(request.body(), RoleChange.class).roles());
        services.database().transaction(connection -> {
            if (!Operators.updateRoles(connection, name, roles)) {
                throw new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no operator " + name); //$NON-NLS-1$
            }
            if (Operators.countWith(connection, Role.SYSTEM_ADMINISTRATOR) == 0) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "the last system administrator must keep the role"); //$NON-NLS-1$
            }
            services.log().append(connection, caller.operator(), "operator.roles", name, Operators.formatRoles(roles)); //$NON-NLS-1$
            return null;
        });
        return ApiResponse.json(200, Map.of("name", name, "roles", roles.stream().map(Role::wireName).sorted().toList())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code name} if it is a valid operator name */
    public static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "name must be an operator name"); //$NON-NLS-1$
        }
        return name;
    }

    private static Sm2PublicKey publicKey(String pem) {
        try {
            return Sm2PublicKey.fromPem(pem == null ? "" : pem); //$NON-NLS-1$
        } catch (CryptoException e) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "publicKey must be an SM2 PUBLIC KEY in PEM"); //$NON-NLS-1$
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Role.fromWireName(name).orElseThrow(
                    () -> new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "unknown role " + name))); //$NON-NLS-1$
        }
        if (roles.isEmpty()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "roles must name at least one role"); //$NON-NLS-1$
        }
        return roles;
    }
}

package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;
import org.govsite.server.internal.Operators.Operator;

/**
 * {@code /api/v1/operators}: system administrators list, register ({@code POST}), delete (high-risk: never
 * oneself, never the last system administrator) and unlock operators and change their roles (high-risk; the last
 * system administrator keeps the role). An operator changes its own key (high-risk) and password (with the old
 * one); a system administrator changes anyone's key and resets another's password (without the old one, which ends
 * that operator's sessions). The request verifier demands the operator's own SM2 signature for the high-risk ones
 * ({@code HighRiskOperations.V1}); every change goes to the operation log.
 */
public final class OperatorEndpoints {
    private static final int MIN_PASSWORD = 8;

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

    /** Body of a key change: the new SM2 public key, PEM. */
    public record KeyChange(String publicKey) {
    }

    /** Body of a password change: {@code oldPassword} for one's own password only. */
    public record PasswordChange(char[] oldPassword, char[] newPassword) {
    }

    private final Services services;

    public OperatorEndpoints(Services services) {
        this.services = services;
    }

    public ApiResponse list(Caller caller) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        return ApiResponse.json(200, Map.of("operators", //$NON-NLS-1$
                services.database().transaction(connection -> Operators.list(connection, services.now()))));
    }

    public ApiResponse create(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        NewOperator input = JsonBodies.read(request.body(), NewOperator.class);
        try {
            String name = checkName(input.name());
            Sm2PublicKey key = publicKey(input.publicKey());
            Set<Role> roles = roles(input.roles());
            String verifier = verifier(input.password());
            return Idempotency.write(services, caller, request, connection -> {
                if (!Operators.insert(connection, name, key, verifier, roles, services.now())) {
                    throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "operator " + name + " exists already"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                services.log().append(connection, caller.operator(), "operator.create", name, Operators.formatRoles(roles)); //$NON-NLS-1$
                return ApiResponse.json(201, Map.of("name", name, "roles", input.roles())); //$NON-NLS-1$ //$NON-NLS-2$
            });
        } finally {
            wipe(input.password());
        }
    }

    public ApiResponse changeRoles(Caller caller, ApiRequest request, String name) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        Set<Role> roles = roles(JsonBodies.read(request.body(), RoleChange.class).roles());
        return Idempotency.write(services, caller, request, connection -> {
            if (!Operators.updateRoles(connection, name, roles)) {
                throw noOperator(name);
            }
            if (Operators.countWith(connection, Role.SYSTEM_ADMINISTRATOR) == 0) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "the last system administrator must keep the role"); //$NON-NLS-1$
            }
            services.log().append(connection, caller.operator(), "operator.roles", name, Operators.formatRoles(roles)); //$NON-NLS-1$
            return ApiResponse.json(200, Map.of("name", name, "roles", roles.stream().map(Role::wireName).sorted().toList())); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    public ApiResponse delete(Caller caller, ApiRequest request, String name) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        if (name.equals(caller.operator())) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "an operator cannot delete itself"); //$NON-NLS-1$
        }
        return Idempotency.write(services, caller, request, connection -> {
            Operator operator = existing(connection, name);
            if (operator.roles().contains(Role.SYSTEM_ADMINISTRATOR)
                    && Operators.countWith(connection, Role.SYSTEM_ADMINISTRATOR) == 1) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "the last system administrator cannot be deleted"); //$NON-NLS-1$
            }
            Operators.delete(connection, name);
            services.log().append(connection, caller.operator(), "operator.delete", name, Operators.formatRoles(operator.roles())); //$NON-NLS-1$
            return ApiResponse.json(200, Map.of("name", name, "deleted", true)); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    public ApiResponse changeKey(Caller caller, ApiRequest request, String name) throws SQLException {
        requireSelfOrAdministrator(caller, name);
        Sm2PublicKey key = publicKey(JsonBodies.read(request.body(), KeyChange.class).publicKey());
        String fingerprint = KeyFingerprint.of(key);
        return Idempotency.write(services, caller, request, connection -> {
            if (!Operators.updateKey(connection, name, key)) {
                throw noOperator(name);
            }
            services.log().append(connection, caller.operator(), "operator.key", name, fingerprint); //$NON-NLS-1$
            return ApiResponse.json(200, Map.of("name", name, "publicKeyFingerprint", fingerprint)); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    public ApiResponse changePassword(Caller caller, ApiRequest request, String name) throws SQLException {
        requireSelfOrAdministrator(caller, name);
        PasswordChange input = JsonBodies.read(request.body(), PasswordChange.class);
        try {
            boolean own = name.equals(caller.operator());
            if (!own && input.oldPassword() != null) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "oldPassword is only for one's own password"); //$NON-NLS-1$
            }
            String verifier = verifier(input.newPassword());
            if (own) {
                checkOldPassword(caller, input.oldPassword());
            }
            return Idempotency.write(services, caller, request, connection -> {
                if (!Operators.updatePassword(connection, name, verifier)) {
                    throw noOperator(name);
                }
                if (!own) {
                    Operators.endSessions(connection, name);
                }
                services.log().append(connection, caller.operator(), "operator.password", name, own ? "own" : "reset"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return ApiResponse.json(200, Map.of("name", name, "changed", true)); //$NON-NLS-1$ //$NON-NLS-2$
            });
        } finally {
            wipe(input.oldPassword());
            wipe(input.newPassword());
        }
    }

    public ApiResponse unlock(Caller caller, ApiRequest request, String name) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        return Idempotency.write(services, caller, request, connection -> {
            if (!Operators.setLock(connection, name, 0)) {
                throw noOperator(name);
            }
            services.log().append(connection, caller.operator(), "operator.unlock", name, ""); //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.json(200, Map.of("name", name, "locked", false)); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    /** @return {@code name} if it is a valid operator name */
    public static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "name must be an operator name"); //$NON-NLS-1$
        }
        return name;
    }

    /** A wrong old password is logged (in a transaction of its own: the refusal rolls nothing else back). */
    private void checkOldPassword(Caller caller, char[] oldPassword) throws SQLException {
        if (oldPassword == null) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "oldPassword is required to change one's own password"); //$NON-NLS-1$
        }
        boolean right = services.database().transaction(connection -> PasswordVerifier.verify(oldPassword,
                existing(connection, caller.operator()).passwordVerifier()));
        if (!right) {
            services.database().transaction(connection -> {
                services.log().append(connection, caller.operator(), "operator.password-refused", caller.operator(), //$NON-NLS-1$
                        "wrong old password"); //$NON-NLS-1$
                return null;
            });
            throw new ProtocolException(ErrorCode.AUTH_OLD_PASSWORD, ""); //$NON-NLS-1$
        }
    }

    private static void requireSelfOrAdministrator(Caller caller, String name) {
        if (!name.equals(caller.operator())) {
            caller.require(Role.SYSTEM_ADMINISTRATOR);
        }
    }

    private String verifier(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "password must have at least " + MIN_PASSWORD + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return PasswordVerifier.hash(password, services.config().passwordIterations());
    }

    private static Operator existing(Connection connection, String name) throws SQLException {
        return Operators.find(connection, name).orElseThrow(() -> noOperator(name));
    }

    private static ProtocolException noOperator(String name) {
        return new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no operator " + name); //$NON-NLS-1$
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
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

package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.Challenge;
import org.govsite.protocol.ChallengeRequest;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.LoginRequest;
import org.govsite.protocol.LoginResponse;
import org.govsite.protocol.NonceSource;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.SessionKeyWrap;
import org.govsite.server.internal.Operators.Operator;

/**
 * The login flow (docs/protocol.md, "Login: two factors"): challenge, login with password and SM2 proof, logout.
 * {@link #MAX_FAILURES} failed logins in a row lock the account for {@link #LOCK_DURATION}; every outcome is logged.
 */
public final class LoginEndpoints {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final Duration CHALLENGE_LIFETIME = Duration.ofSeconds(120);

    /** Verified against for unknown operators, so that their answer takes as long as a known one's. */
    private final String decoyVerifier;
    private final Services services;
    private final NonceSource random = NonceSource.secure();

    public LoginEndpoints(Services services) {
        this.services = services;
        this.decoyVerifier = PasswordVerifier.hash("decoy".toCharArray(), services.config().passwordIterations()); //$NON-NLS-1$
    }

    /** {@code POST /api/v1/session/challenge}: answered for unknown operators too. */
    public ApiResponse challenge(ApiRequest request) throws SQLException {
        ChallengeRequest body = ChallengeRequest.fromJson(request.body());
        Challenge challenge = new Challenge(random.next(), services.now() + CHALLENGE_LIFETIME.toSeconds());
        services.database().transaction(connection -> {
            services.sessions().addChallenge(connection, challenge.challenge(), body.operator(), challenge.expiresAt());
            return null;
        });
        return ApiResponse.json(200, challenge.toJson());
    }

    /** {@code POST /api/v1/session}. */
    public ApiResponse login(ApiRequest request) throws SQLException {
        LoginRequest login = LoginRequest.fromJson(request.body());
        try {
            return services.database().transaction(connection -> login(connection, login));
        } finally {
            login.wipePassword();
        }
    }

    /** {@code DELETE /api/v1/session} (signed): ends the caller's session. */
    public ApiResponse logout(Caller caller) throws SQLException {
        services.database().transaction(connection -> {
            services.sessions().removeSession(connection, caller.sessionId());
            services.log().append(connection, caller.operator(), "session.logout", caller.operator(), ""); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        });
        return ApiResponse.json(200, Map.of("session", caller.sessionId(), "ended", true)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private ApiResponse login(Connection connection, LoginRequest login) throws SQLException {
        if (!services.sessions().consumeChallenge(connection, login.challenge(), login.operator())) {
            return refuse(connection, login.operator(), ErrorCode.AUTH_CHALLENGE, "challenge unknown, used or expired"); //$NON-NLS-1$
        }
        Optional<Operator> found = Operators.find(connection, login.operator());
        if (found.isEmpty()) {
            PasswordVerifier.verify(login.password(), decoyVerifier);
            return refuse(connection, login.operator(), ErrorCode.AUTH_LOGIN_FAILED, "unknown operator"); //$NON-NLS-1$
        }
        Operator operator = found.get();
        long now = services.now();
        if (operator.lockedUntil() > now) {
            return refuse(connection, login.operator(), ErrorCode.AUTH_LOCKED, "locked until " + operator.lockedUntil()); //$NON-NLS-1$
        }
        if (!factorsHold(login, operator)) {
            int failures = Operators.recordFailure(connection, operator.name());
            if (failures >= MAX_FAILURES) {
                Operators.setLock(connection, operator.name(), now + LOCK_DURATION.toSeconds());
                services.log().append(connection, operator.name(), "session.locked", operator.name(), //$NON-NLS-1$
                        failures + " failed logins"); //$NON-NLS-1$
            }
            return refuse(connection, login.operator(), ErrorCode.AUTH_LOGIN_FAILED, "failed login " + failures); //$NON-NLS-1$
        }
        Operators.setLock(connection, operator.name(), 0);
        return openSession(connection, operator, now);
    }

    private boolean factorsHold(LoginRequest login, Operator operator) {
        boolean timely = services.config().replayPolicy().checkTimestamp(services.config().clock().instant(),
                login.timestamp()).isEmpty();
        boolean proven = timely && login.proof(services.serverKeyFingerprint()).verify(operator.publicKey(), signature(login));
        boolean password = PasswordVerifier.verify(login.password(), operator.passwordVerifier());
        return timely && proven && password;
    }

    private static byte[] signature(LoginRequest login) {
        try {
            return login.signatureBytes();
        } catch (ProtocolException e) {
            return new byte[0];
        }
    }

    private ApiResponse openSession(Connection connection, Operator operator, long now) throws SQLException {
        String sessionId = "gs_sess_" + random.next(); //$NON-NLS-1$
        long expiresAt = now + services.config().sessionLifetime().toSeconds();
        byte[] sessionKey = SessionKeyWrap.newSessionKey();
        try {
            services.sessions().addSession(connection, sessionId, operator.name(), sessionKey, expiresAt);
            services.log().append(connection, operator.name(), "session.login", operator.name(), ""); //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.json(200,
                    new LoginResponse(sessionId, SessionKeyWrap.wrap(sessionKey, operator.publicKey()), expiresAt).toJson());
        } finally {
            Arrays.fill(sessionKey, (byte) 0);
        }
    }

    private ApiResponse refuse(Connection connection, String operator, ErrorCode code, String detail) throws SQLException {
        services.log().append(connection, operator, "session.refused", operator, code.code() + ": " + detail); //$NON-NLS-1$ //$NON-NLS-2$
        return ApiResponse.error(code, ""); //$NON-NLS-1$
    }
}

package org.govsite.server.internal;

import java.util.Set;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;

/** The authenticated operator of a signed request, with the roles the database gives it now. */
public record Caller(String operator, String sessionId, Set<Role> roles) {
    /** @throws ProtocolException ({@link ErrorCode#AUTH_ROLE}) unless the caller has one of {@code allowed} */
    public void require(Role... allowed) {
        for (Role role : allowed) {
            if (roles.contains(role)) {
                return;
            }
        }
        throw new ProtocolException(ErrorCode.AUTH_ROLE, "operator " + operator + " lacks the role for this operation"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

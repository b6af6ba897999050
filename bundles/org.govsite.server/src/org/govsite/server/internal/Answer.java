package org.govsite.server.internal;

import org.govsite.protocol.SessionCredentials;

/**
 * What the {@link Router} answers a request with, before authentication of the answer.
 *
 * @param response the answer
 * @param session the session whose key MACs the answer, or null when the server key signs it (docs/protocol.md,
 *        "Response authentication"); {@link ApiHandler} wipes its key copy after use
 */
public record Answer(ApiResponse response, SessionCredentials session) {
}

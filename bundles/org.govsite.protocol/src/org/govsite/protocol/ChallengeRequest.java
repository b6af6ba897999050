package org.govsite.protocol;

/**
 * Body of {@code POST /api/v1/session/challenge}: {@code {"operator":"zhang.wei"}}.
 *
 * @param operator login name
 */
public record ChallengeRequest(String operator) {
    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) if the operator is malformed */
    public ChallengeRequest {
        Syntax.OPERATOR.check("operator", operator); //$NON-NLS-1$
    }

    public byte[] toJson() {
        return Json.write(this);
    }

    /** @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_JSON} or {@link ErrorCode#REQ_INVALID_FIELD}) */
    public static ChallengeRequest fromJson(byte[] json) {
        return Json.read(json, ChallengeRequest.class);
    }
}

package org.govsite.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.protocol.ErrorBody;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/**
 * A response before signing.
 *
 * @param headers extra headers (e.g. ETag)
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8"; //$NON-NLS-1$

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, JSON, JsonBodies.write(value), Map.of());
    }

    public static ApiResponse json(int status, byte[] json) {
        return new ApiResponse(status, JSON, json, Map.of());
    }

    /** @return the documented error answer for {@code e} */
    public static ApiResponse error(ProtocolException e) {
        return error(e.errorCode(), e.detail());
    }

    public static ApiResponse error(ErrorCode code, String detail) {
        return new ApiResponse(code.httpStatus(), JSON, ErrorBody.of(code, detail).toJson(), Map.of());
    }

    /** @return this response with header {@code name} added */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, Map.copyOf(more));
    }
}

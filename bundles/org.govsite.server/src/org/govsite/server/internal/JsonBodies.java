package org.govsite.server.internal;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.Json;
import org.govsite.protocol.ProtocolException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON of the server's own bodies: one strict, thread-safe mapper; errors become protocol error codes. */
public final class JsonBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    /** @return UTF-8 JSON of {@code value} */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the JSON text of {@code value} */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the tree of JSON text this server wrote */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the compact JSON array of {@code values}, as the operation log hashes it */
    public static String canonicalArray(Object... values) {
        return text(values);
    }

    /**
     * @throws ProtocolException {@link ErrorCode#REQ_MALFORMED_JSON} if {@code json} is not JSON of this shape, or
     *         the {@link ErrorCode#REQ_INVALID_FIELD} the record's constructor raised
     */
    public static <T> T read(byte[] json, Class<T> type) {
        return Json.read(MAPPER, json, type);
    }
}

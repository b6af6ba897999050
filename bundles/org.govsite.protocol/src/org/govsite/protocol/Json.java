package org.govsite.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON of the protocol's bodies: one shared, thread-safe Jackson mapper; unknown fields are refused. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** @return UTF-8 JSON of {@code value} */
    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_JSON}) naming the position of the first error */
    static <T> T read(byte[] json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, "null instead of an object"); //$NON-NLS-1$
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, e.getOriginalMessage() + " at " + e.getLocation()); //$NON-NLS-1$
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, e.getMessage());
        }
    }
}

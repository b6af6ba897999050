package org.govsite.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON of the protocol's bodies: one shared, thread-safe Jackson mapper; unknown, missing and null-for-number fields
 * are refused. {@link #read(ObjectMapper, byte[], Class)} is also how the server reads its own bodies, so that every
 * malformed body gets the same error code and detail.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
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

    /**
     * @throws ProtocolException {@link ErrorCode#REQ_MALFORMED_JSON} naming the position of the first error, or the
     *         {@link ErrorCode#REQ_INVALID_FIELD} a record's constructor raised
     */
    static <T> T read(byte[] json, Class<T> type) {
        return read(MAPPER, json, type);
    }

    /**
     * Reads {@code json} as {@code type} with {@code mapper}.
     *
     * @throws ProtocolException {@link ErrorCode#REQ_MALFORMED_JSON} naming the position of the first error, or the
     *         {@link ErrorCode#REQ_INVALID_FIELD} a record's constructor raised
     */
    public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, "null instead of an object"); //$NON-NLS-1$
            }
            return value;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ProtocolException invalid) {
                throw invalid;
            }
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() //$NON-NLS-1$ //$NON-NLS-2$
                    + ", column " + e.getLocation().getColumnNr(); //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, e.getMessage());
        }
    }
}

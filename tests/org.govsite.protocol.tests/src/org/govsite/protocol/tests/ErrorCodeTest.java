package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.protocol.ErrorBody;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

/** The error table of docs/protocol.md against {@link ErrorCode}, its messages (zh/en) and the JSON error body. */
class ErrorCodeTest {
    @Test
    void documentedTableMatchesCodesStatusesAndBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        String[] rows = DocumentedExample.get().file("error-codes.txt").split("\n");

        assertEquals(ErrorCode.values().length, rows.length);
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            ErrorCode code = ErrorCode.fromCode(cells[0]).orElseThrow(() -> new AssertionError("undefined " + row));
            assertEquals(Integer.parseInt(cells[1]), code.httpStatus(), row);
            assertEquals(english.getProperty(code.name()), cells[2], row);
            assertEquals(chinese.getProperty(code.name()), cells[3], row);
        }
    }

    @Test
    void everyCodeHasBothMessagesAndNoOtherKeysExist() throws IOException {
        Set<String> names = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

        assertEquals(names, load("messages.properties").stringPropertyNames());
        assertEquals(names, load("messages_zh.properties").stringPropertyNames());
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(code.code().startsWith("GS-"), code.code());
            assertTrue(!code.message().isBlank() && !code.message().startsWith("NLS missing"), code.name());
        }
    }

    @Test
    void chineseMessagesAreChinese() throws IOException {
        Properties chinese = load("messages_zh.properties");
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(chinese.getProperty(code.name()).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), code.name());
        }
    }

    @Test
    void unknownCodeIsEmpty() {
        assertEquals(Optional.empty(), ErrorCode.fromCode("GS-NOPE"));
    }

    @Test
    void errorBodyJsonRoundTrips() {
        ErrorBody body = ErrorBody.of(ErrorCode.CONFLICT_ETAG, "site zj-hz-0001 is at version 9, not 7");

        String json = new String(body.toJson(), StandardCharsets.UTF_8);

        assertTrue(json.startsWith("{\"code\":\"GS-CONFLICT-ETAG\",\"status\":412,\"message\":"), json);
        assertEquals(body, ErrorBody.fromJson(body.toJson()));
    }

    @Test
    void malformedErrorBodiesAreRefused() {
        for (String json : new String[] { "{\"code\":", "null", "[]", "{\"code\":\"GS-X\",\"message\":\"m\",\"extra\":1}",
                "{\"status\":400,\"message\":\"m\"}", "{\"code\":\"GS-X\",\"message\":\"m\"} {}" }) {
            ProtocolException e = assertThrows(ProtocolException.class,
                    () -> ErrorBody.fromJson(json.getBytes(StandardCharsets.UTF_8)), json);
            assertEquals(ErrorCode.REQ_MALFORMED_JSON, e.errorCode(), json);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorCode.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}

package org.govsite.ui.sync;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Field-by-field view of a sync conflict: my edit and the server's record side by side, and the merged record
 * from a choice per field; and a rejected edit as the operator corrected it field by field. The {@code version} field is the server's bookkeeping, not data: it is not offered.
 */
public final class FieldMerge {

    /** Which version of a field the merge takes. */
    public enum Side {
        MINE, THEIRS
    }

    /** One row of the comparison; a value is null when that side lacks the field. */
    public record Field(String name, JsonNode mine, JsonNode theirs) {
        public boolean differs() {
            return !Objects.equals(mine, theirs);
        }
    }

    private static final String VERSION = "version";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldMerge() {
    }

    /** The fields of both sides: mine in their order, then those only the server has. */
    public static List<Field> fields(JsonNode mine, JsonNode theirs) {
        Set<String> names = new LinkedHashSet<>();
        addNames(mine, names);
        addNames(theirs, names);
        names.remove(VERSION);
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(new Field(name, value(mine, name), value(theirs, name)));
        }
        return fields;
    }

    /** The merged record: each field from the side chosen for it (mine when no choice was made). */
    public static ObjectNode merge(JsonNode mine, JsonNode theirs, Map<String, Side> choices) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (Field field : fields(mine, theirs)) {
            JsonNode value = choices.getOrDefault(field.name(), Side.MINE) == Side.THEIRS ? field.theirs() : field.mine();
            if (value != null) {
                merged.set(field.name(), value);
            }
        }
        return merged;
    }

    /** A value as the dialogs show it: a text as it is, other JSON as JSON, nothing as empty. */
    public static String text(JsonNode value) {
        return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    }

    /**
     * My record with fields replaced by the operator's {@code texts} (field name to text as shown by {@link #text}):
     * a text field (or a new one) takes the text as it is, another field the JSON typed (a text when it is not JSON,
     * null when empty).
     */
    public static ObjectNode edited(JsonNode mine, Map<String, String> texts) {
        ObjectNode edited = mine.deepCopy();
        texts.forEach((name, text) -> edited.set(name, parse(mine.get(name), text)));
        return edited;
    }

    private static JsonNode parse(JsonNode before, String text) {
        if (before == null || before.isTextual()) {
            return TextNode.valueOf(text);
        }
        if (text.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(text);
        }
    }

    private static void addNames(JsonNode node, Set<String> names) {
        if (node != null && node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
    }

    private static JsonNode value(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }
}

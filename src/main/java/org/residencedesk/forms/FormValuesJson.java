package org.residencedesk.forms;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.residencedesk.domain.form.FormValues;

/**
 * {@link FormValues} as a JSON string, for the periodic crash-safe draft of a form being typed.
 * Shape: {@code {"formId": "registration", "formVersion": 1, "fields": {...}, "groups": {"companions": [{...}]}}}.
 * The form id and version let a restore refuse a draft written for another form.
 */
public final class FormValuesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormValuesJson() { }

    public static String toJson(String formId, int formVersion, FormValues values) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formId", formId);
        root.put("formVersion", formVersion);
        ObjectNode fields = root.putObject("fields");
        values.fields().forEach(fields::put);
        ObjectNode groups = root.putObject("groups");
        values.groups().forEach((g, rows) -> {
            ArrayNode arr = groups.putArray(g);
            for (Map<String, String> row : rows) {
                ObjectNode r = arr.addObject();
                row.forEach(r::put);
            }
        });
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("string-only JSON tree cannot fail to serialize", e);
        }
    }

    /** A draft read back; {@code formId}/{@code formVersion} say which form it was written for. */
    public record Draft(String formId, int formVersion, FormValues values) { }

    /** @throws DraftFormatException when the text is not a draft (truncated file, other content) */
    public static Draft fromJson(String json) throws DraftFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DraftFormatException("not JSON", e);
        }
        if (root == null || !root.isObject() || !root.path("formId").isTextual() || !root.path("formVersion").isInt()) {
            throw new DraftFormatException("missing formId/formVersion", null);
        }
        FormValues.Builder b = FormValues.builder();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("fields").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            b.set(e.getKey(), textOf(e.getValue()));
        }
        Iterator<Map.Entry<String, JsonNode>> groups = root.path("groups").fields();
        while (groups.hasNext()) {
            Map.Entry<String, JsonNode> g = groups.next();
            if (!g.getValue().isArray()) throw new DraftFormatException("group is not a list", null);
            b.group(g.getKey());
            for (JsonNode row : g.getValue()) {
                if (!row.isObject()) throw new DraftFormatException("row is not an object", null);
                Map<String, String> r = new java.util.LinkedHashMap<>();
                row.fields().forEachRemaining(c -> r.put(c.getKey(), c.getValue().isNull() ? "" : c.getValue().asText()));
                b.addRow(g.getKey(), r);
            }
        }
        return new Draft(root.get("formId").asText(), root.get("formVersion").asInt(), b.build());
    }

    private static String textOf(JsonNode n) throws DraftFormatException {
        if (n.isNull()) return "";
        if (!n.isValueNode()) throw new DraftFormatException("field value is not text", null);
        return n.asText();
    }

    /** A draft that cannot be read; the caller discards it and tells the operator (no personal data in the message). */
    public static final class DraftFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        DraftFormatException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}

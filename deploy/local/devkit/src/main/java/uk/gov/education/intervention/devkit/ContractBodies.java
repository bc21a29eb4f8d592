package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static uk.gov.education.intervention.devkit.ContractSchemas.nullable;
import static uk.gov.education.intervention.devkit.ContractSchemas.refusableScalar;
import static uk.gov.education.intervention.devkit.ContractSchemas.type;
import static uk.gov.education.intervention.devkit.ContractValues.HOSTILE_TEXT;
import static uk.gov.education.intervention.devkit.ContractValues.LONE_SURROGATE;
import static uk.gov.education.intervention.devkit.ContractValues.NODES;
import static uk.gov.education.intervention.devkit.ContractValues.RAW;
import static uk.gov.education.intervention.devkit.ContractValues.abbreviate;

/** The JSON bodies of {@link ContractInputs}: a valid document, with one field changed or refused. */
final class ContractBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNCLOSED = "{";
    /** Bodies that are not a JSON document of any schema. */
    private static final List<String> NOT_DOCUMENTS = List.of(UNCLOSED, "{\"a\":}", "[]", "\"text\"", "12", "{} {}", "{\"a\":1,}",
            "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(500) + "1" + "}".repeat(500),
            "{\"" + "n".repeat(2000) + "\":1}", "{\"n\":" + "9".repeat(1000) + "}", "<xml/>");

    private final Random random;
    private final ContractSchemas schemas;
    private final ContractValues values;

    ContractBodies(Random random, ContractSchemas schemas, ContractValues values) {
        this.random = random;
        this.schemas = schemas;
        this.values = values;
    }

    void body(ContractInputs.Request r, JsonNode schema, boolean bad) {
        JsonNode value = values.valid(schema, 0);
        String text;
        if (bad && random.nextInt(6) == 0) {
            // not the document null, which the suite reads as an empty body; nor an empty body where every field is optional;
            // nor a byte order mark before the document, which JSON readers may ignore (RFC 8259, 8.1)
            boolean emptyTaken = schemas.resolve(schema).path("required").isEmpty();
            List<String> options = new ArrayList<>();
            options.add(emptyTaken ? UNCLOSED : "");
            options.addAll(NOT_DOCUMENTS);
            text = pick(options);
            r.notes.add("body not a JSON document of the schema: " + abbreviate(text));
        } else {
            if (bad) {
                value = mutate(value, schema, r, "", true, true);
            } else if (random.nextBoolean()) {
                value = mutate(value, schema, r, "", false, true);
            }
            try {
                text = JSON.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            text = text.replace(LONE_SURROGATE, "\\ud800").replaceAll("\"" + Pattern.quote(RAW) + "([^@]*)@@\"", "$1");
        }
        r.body = text.getBytes(StandardCharsets.UTF_8);
    }

    /** The value with one field (or the object itself) changed: refused by the contract when {@code bad}, else anything. */
    private JsonNode mutate(JsonNode value, JsonNode schemaRef, ContractInputs.Request r, String where, boolean bad, boolean requiredHere) {
        JsonNode s = schemas.resolve(schemaRef);
        if (value instanceof ObjectNode o && s.has("properties")) {
            return mutateObject(o, s, r, where, bad);
        }
        if (value instanceof ArrayNode a && type(s).equals("array")) {
            return mutateArray(a, s, r, where, bad);
        }
        JsonNode changed = bad ? refusedJson(s, requiredHere && !nullable(schemaRef)) : anyJson(s);
        r.notes.add(where + (bad ? " refused: " : " = ") + abbreviate(changed.toString()));
        return changed;
    }

    private JsonNode mutateObject(ObjectNode o, JsonNode s, ContractInputs.Request r, String where, boolean bad) {
        List<String> names = new ArrayList<>();
        s.path("properties").fieldNames().forEachRemaining(names::add);
        List<String> required = new ArrayList<>();
        s.path("required").forEach(n -> required.add(n.asText()));
        int choice = random.nextInt(10);
        if (bad && choice == 0 && !required.isEmpty()) {
            String gone = pick(required);
            o.remove(gone);
            r.notes.add("missing required " + where + gone);
            return o;
        }
        if (bad && choice == 1 && !"true".equals(s.path("additionalProperties").asText())) {
            String extra = pick(List.of("unknownField", "id", "createdAt", "__proto__", "constructor", "$where", "status"));
            if (!names.contains(extra)) {
                o.set(extra, NODES.textNode(pick(HOSTILE_TEXT)));
                r.notes.add("extra field " + where + extra);
                return o;
            }
        }
        List<String> candidates = new ArrayList<>(names);
        if (bad) {
            candidates.removeIf(n -> !refusableField(schemas.resolve(s.path("properties").path(n)), required.contains(n)));
        }
        if (candidates.isEmpty()) {
            if (bad) {
                o.put("unknownField", 1);
                r.notes.add("extra field " + where + "unknownField");
            }
            return o;
        }
        String name = pick(candidates);
        JsonNode fieldSchema = s.path("properties").path(name);
        JsonNode current = o.has(name) ? o.get(name) : values.valid(fieldSchema, 1);
        o.set(name, mutate(current, fieldSchema, r, where + name + ".", bad, required.contains(name)));
        return o;
    }

    private JsonNode mutateArray(ArrayNode a, JsonNode s, ContractInputs.Request r, String where, boolean bad) {
        int max = s.path("maxItems").asInt(-1);
        if (bad && max >= 0 && random.nextInt(3) == 0) {
            JsonNode item = a.size() > 0 ? a.get(0) : values.valid(s.path("items"), 1);
            ArrayNode big = NODES.arrayNode();
            for (int i = 0; i <= max; i++) {
                big.add(item.deepCopy());
            }
            r.notes.add(where + " " + (max + 1) + " items, over maxItems");
            return big;
        }
        if (bad && s.path("minItems").asInt(0) > 0 && random.nextInt(3) == 0) {
            r.notes.add(where + " empty, under minItems");
            return NODES.arrayNode();
        }
        if (a.size() == 0) {
            a.add(values.valid(s.path("items"), 1));
        }
        a.set(0, mutate(a.get(0), s.path("items"), r, where + "0.", bad, true));
        return a;
    }

    private boolean refusableField(JsonNode s, boolean required) {
        return required || refusableScalar(s) || s.has("properties") || type(s).matches("array|string|object");
    }

    /** A JSON value the field's schema refuses. */
    private JsonNode refusedJson(JsonNode s, boolean nullRefused) {
        List<JsonNode> options = new ArrayList<>();
        String type = type(s);
        switch (type) {
            case "string" -> refusedText(s, options);
            case "integer", "number" -> refusedNumber(s, options);
            case "boolean" -> {
                options.add(NODES.textNode("yes"));
                options.add(NODES.numberNode(2));
                options.add(NODES.arrayNode());
            }
            case "array" -> {
                options.add(NODES.textNode("x"));
                options.add(NODES.objectNode().put("0", 1));
            }
            default -> {
                options.add(NODES.textNode("x"));
                options.add(NODES.arrayNode().add(1));
                options.add(NODES.numberNode(7));
            }
        }
        if (nullRefused) {
            options.add(NODES.nullNode());
        }
        return pick(options);
    }

    private void refusedText(JsonNode s, List<JsonNode> options) {
        options.add(NODES.numberNode(random.nextInt(3) == 0 ? 12 : 0));
        options.add(NODES.booleanNode(true));
        options.add(NODES.objectNode().put("a", 1));
        options.add(NODES.arrayNode().add("x"));
        String t = random.nextInt(20) == 0 ? "m".repeat(1_048_576) : values.refused("field", s);
        if (t != null && (t.length() < 1_000_000 || s.has("maxLength"))) {
            options.add(NODES.textNode(t));
            options.add(NODES.textNode(t));
            options.add(NODES.textNode(t));
        }
    }

    private void refusedNumber(JsonNode s, List<JsonNode> options) {
        options.add(NODES.textNode(pick(List.of("ten", "", "1e30"))));
        // a fraction is refused only where the contract asks for a whole number; a `number` may have one
        List<String> raw = type(s).equals("integer") ? List.of("1" + "0".repeat(30), "-1" + "0".repeat(30), "1e400", "1.5")
                : List.of("1" + "0".repeat(30), "-1" + "0".repeat(30), "1e400");
        options.add(NODES.textNode(RAW + pick(raw) + "@@"));
        if (s.has("minimum")) {
            options.add(NODES.numberNode(s.path("minimum").asLong() - 1));
        }
        if (s.has("maximum")) {
            options.add(NODES.numberNode(s.path("maximum").asLong() + 1));
        }
        options.add(NODES.objectNode());
    }

    /** A JSON value for the field, valid or not, awkward either way. */
    private JsonNode anyJson(JsonNode s) {
        String type = type(s);
        if (type.equals("string")) {
            return NODES.textNode(values.anyValue("field", s));
        }
        if (type.matches("integer|number")) {
            return pick(List.of(NODES.numberNode(s.path("minimum").asLong(0)), NODES.numberNode(s.path("maximum").asLong(1)),
                    NODES.numberNode(0), NODES.numberNode(-1), NODES.textNode(RAW + "1" + "0".repeat(30) + "@@")));
        }
        if (type.equals("object") && !s.has("properties")) {
            ObjectNode o = NODES.objectNode();
            o.put(pick(HOSTILE_TEXT).isEmpty() ? "k" : "key " + random.nextInt(9), pick(HOSTILE_TEXT));
            o.put("n", 1e300);
            o.set("nested", NODES.objectNode().put("a", 1));
            return o;
        }
        return values.valid(s, 3);
    }

    private <T> T pick(List<T> options) {
        return values.pick(options);
    }
}

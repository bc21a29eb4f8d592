package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Reading the schemas of a contract for {@link ContractInputs}: references followed, types and examples found. */
final class ContractSchemas {

    private final JsonNode api;

    ContractSchemas(JsonNode api) {
        this.api = api;
    }

    /** The schema with its {@code $ref} followed (siblings kept) and a nullable {@code anyOf} reduced to its non-null branch. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.has("$ref")) {
                String ref = s.path("$ref").asText();
                JsonNode target = api.at(ref.substring(1));
                ObjectNode merged = target.deepCopy();
                s.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref") && !merged.has(f.getKey())) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                s = merged;
            } else if (s.has("anyOf")) {
                JsonNode branch = null;
                for (JsonNode b : s.path("anyOf")) {
                    if (!b.path("type").asText().equals("null")) {
                        branch = b;
                    }
                }
                ObjectNode merged = ((ObjectNode) s).deepCopy();
                merged.remove("anyOf");
                merged.remove("type");
                if (branch != null) {
                    branch.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
                }
                s = merged;
            } else {
                return s;
            }
        }
        return s;
    }

    static boolean nullable(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (JsonNode b : schema.path("anyOf")) {
            if (b.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
        }
        if (t.isTextual()) {
            return t.asText();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    JsonNode example(JsonNode schemaRef) {
        for (JsonNode s : List.of(schemaRef, resolve(schemaRef))) {
            if (s.path("examples").isArray() && s.path("examples").size() > 0) {
                return s.path("examples").get(0);
            }
            if (s.has("example")) {
                return s.path("example");
            }
        }
        return null;
    }

    static boolean refusableScalar(JsonNode s) {
        return s.has("pattern") || s.has("enum") || s.has("maxLength") || s.has("minimum") || s.has("maximum")
                || s.path("format").asText().matches("date|uuid") || s.path("type").asText().matches("integer|number|boolean");
    }
}

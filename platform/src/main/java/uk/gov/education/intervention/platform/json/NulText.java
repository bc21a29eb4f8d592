package uk.gov.education.intervention.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import uk.gov.education.intervention.platform.rest.Bounds;

import java.io.IOException;
import java.util.Map;

/**
 * No text of a JSON body may hold a NUL character (U+0000) ({@link Bounds#hasNul}): a text field, an
 * item of a list, a value of a map, and any string or name in a free-form JSON value (which PostgreSQL's
 * jsonb refuses as well) is refused as the body is read, naming its field. Query parameters are
 * refused by the platform's {@code QueryBounds}; the database's own refusal stays as the last line.
 */
final class NulText {

    private NulText() {
    }

    static void register(SimpleModule module) {
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(JsonNode.class, new Tree());
    }

    /** A JSON string as Jackson reads it, refused when it holds a NUL. */
    static final class Text extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (Bounds.hasNul(value)) {
                throw new JsonBounds.OutOfBounds(p, Bounds.NUL_MESSAGE);
            }
            return value;
        }
    }

    /** A free-form JSON value as Jackson reads it, refused when a name or string in it holds a NUL, saying where. */
    static final class Tree extends StdDeserializer<JsonNode> {
        @SuppressWarnings("unchecked")
        private static final JsonDeserializer<JsonNode> NODES = (JsonDeserializer<JsonNode>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        Tree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode value = NODES.deserialize(p, ctxt);
            String where = nulAt(value, "");
            if (where != null) {
                throw new JsonBounds.OutOfBounds(p, where.isEmpty() ? Bounds.NUL_MESSAGE : Bounds.NUL_MESSAGE + " (at " + where + ")");
            }
            return value;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return NODES.getNullValue(ctxt);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            return NODES.getAbsentValue(ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return NODES.logicalType();
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        /** The path of the first name or string with a NUL ("" for the value itself), or null when there is none. */
        private static String nulAt(JsonNode node, String path) {
            if (node.isTextual()) {
                return Bounds.hasNul(node.textValue()) ? path : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String found = nulAt(node.get(i), path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String inner = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String found = Bounds.hasNul(field.getKey()) ? path : nulAt(field.getValue(), inner);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }
}

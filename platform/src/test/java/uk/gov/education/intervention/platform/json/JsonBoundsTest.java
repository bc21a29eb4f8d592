package uk.gov.education.intervention.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the suite's JSON reader refuses that Jackson alone would quietly read as something else. */
class JsonBoundsTest {

    enum Colour { RED }

    record Body(UUID organisationId, Colour colour, LocalDate on) {
    }

    record Texts(String name, List<String> tags, String[] codes, Map<String, Object> extra, JsonNode free) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().findAndRegisterModules();
        new JsonBounds().customize(m);
        return m;
    }

    @Test
    void aBlankOrEmptyTextIsNoIdEnumOrDate() {
        for (String field : new String[]{"organisationId", "colour", "on"}) {
            for (String blank : new String[]{"\"\"", "\"\\t\\r\\n\"", "\" \""}) {
                String json = "{\"" + field + "\":" + blank + "}";
                assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Body.class), json);
            }
        }
    }

    @Test
    void realValuesAndNullAreStillRead() throws JsonProcessingException {
        UUID id = UUID.randomUUID();
        Body b = MAPPER.readValue("{\"organisationId\":\"" + id + "\",\"colour\":\"RED\",\"on\":\"2020-01-31\"}", Body.class);
        assertEquals(new Body(id, Colour.RED, LocalDate.of(2020, 1, 31)), b);
        assertNull(MAPPER.readValue("{\"organisationId\":null}", Body.class).organisationId());
    }

    @Test
    void aNulCharacterInAnyTextIsRefusedNamingWhereItIs() {
        String nul = "must not contain a NUL character (U+0000)";
        Map<String, String> refused = Map.of(
                "{\"name\":\"a\\u0000b\"}", "name: " + nul,
                "{\"tags\":[\"ok\",\"\\u0000\"]}", "tags[1]: " + nul,
                "{\"codes\":[\"\\u0000\"]}", "codes[0]: " + nul,
                "{\"extra\":{\"k\":\"v\\u0000\"}}", "extra.k: " + nul,
                "{\"free\":{\"actions\":[{\"title\":\"x\\u0000\"}]}}", "free: " + nul + " (at actions[0].title)",
                "{\"free\":{\"a\\u0000\":1}}", "free: " + nul);
        refused.forEach((json, expected) -> {
            JsonBounds.OutOfBounds e = assertThrows(JsonBounds.OutOfBounds.class, () -> MAPPER.readValue(json, Texts.class), json);
            assertEquals(expected, path(e) + ": " + e.expectation, json);
        });
    }

    /** The field's JSON path, as the problem's {@code errors} names it. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    @Test
    void textsWithoutANulAndAFreeFormNullAreStillRead() throws JsonProcessingException {
        Texts t = MAPPER.readValue("{\"name\":\"Łódź \\u0001\",\"tags\":[\"a\"],\"codes\":[\"b\"],\"extra\":{\"k\":\"v\"},"
                + "\"free\":{\"n\":[1,\"x\"]}}", Texts.class);
        assertEquals("Łódź \u0001", t.name());
        assertEquals(List.of("a"), t.tags());
        assertEquals("x", t.free().path("n").path(1).asText());
        assertTrue(MAPPER.readValue("{\"free\":null}", Texts.class).free().isNull());
    }
}

package uk.gov.education.intervention.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the suite's JSON reader refuses that Jackson alone would quietly read as something else. */
class JsonBoundsTest {

    enum Colour { RED }

    record Body(UUID organisationId, Colour colour, LocalDate on) {
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
}

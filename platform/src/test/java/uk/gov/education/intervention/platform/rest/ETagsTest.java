package uk.gov.education.intervention.platform.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.StaleVersion;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** If-Match compared strongly and If-None-Match weakly, as RFC 9110 13.1.1 and 13.1.2 say. */
class ETagsTest {

    @Test
    void aWeakTagNeverSatisfiesIfMatch() {
        assertThrows(StaleVersion.class, () -> ETags.expected("W/\"3\"").check(3));
        assertThrows(StaleVersion.class, () -> ETags.expected("W/\"3\", \"4\"").check(3));
        assertDoesNotThrow(() -> ETags.expected("W/\"3\", \"3\"").check(3));
    }

    @Test
    void anyAndListsKeepTheirMeaning() {
        assertDoesNotThrow(() -> ETags.expected(" * ").check(12));
        assertDoesNotThrow(() -> ETags.expected("\"1\",\"7\" , \"12\"").check(12));
        assertEquals(Set.of(1L, 3L), ETags.expected("\"1\",\"3\",\"x\",\"a,b\"").versions());
        assertThrows(StaleVersion.class, () -> ETags.expected("\"2\", \"x\"").check(3));
    }

    @Test
    void anUnquotedTagIsA400ThatSaysToQuoteIt() {
        for (String sent : List.of("3", "\"1\", 3", "W/3", "\"3")) {
            HttpProblem p = assertThrows(HttpProblem.class, () -> ETags.expected(sent), sent);
            assertEquals(400, p.getStatusCode(), sent);
            @SuppressWarnings("unchecked")
            Map<String, String> error = ((List<Map<String, String>>) p.getParameters().get("errors")).get(0);
            assertEquals("If-Match", error.get("field"));
            assertTrue(error.get("message").contains("double quotes"), error.get("message"));
        }
        assertTrue(assertThrows(HttpProblem.class, () -> ETags.expected("3")).getDetail()
                .endsWith("send If-Match: \"3\", not If-Match: 3"));
        assertEquals(428, assertThrows(HttpProblem.class, () -> ETags.expected("")).getStatusCode());
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(ETags.noneMatchNames("\"abc\"", "\"abc\""));
        assertTrue(ETags.noneMatchNames("W/\"abc\"", "\"abc\""));
        assertTrue(ETags.noneMatchNames("\"x\", W/\"abc\"", "\"abc\""));
        assertTrue(ETags.noneMatchNames("*", "\"abc\""));
        assertFalse(ETags.noneMatchNames("\"abd\"", "\"abc\""));
        assertFalse(ETags.noneMatchNames("abc", "\"abc\""));
        assertFalse(ETags.noneMatchNames("W/\"" + "n".repeat(5000) + "\"", "\"abc\""));
        assertFalse(ETags.noneMatchNames(null, "\"abc\""));
    }
}

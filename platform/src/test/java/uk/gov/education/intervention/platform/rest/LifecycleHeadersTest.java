package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The values of the headers the platform adds: Deprecation, Sunset, the next page's Link, a body's ETag. */
class LifecycleHeadersTest {

    @Test
    void deprecationIsAStructuredFieldDateAndSunsetAnHttpDate() {
        assertEquals("@1782864000", RetiringHeaders.deprecation(LocalDate.of(2026, 7, 1)));
        assertEquals("Sun, 03 Jan 2027 00:00:00 GMT", RetiringHeaders.sunset(LocalDate.of(2027, 1, 3)));
    }

    @Test
    void theNextLinkKeepsTheQueryAndReplacesTheCursor() {
        assertEquals("/v1/councils?limit=2&cursor=WyJiIl0", PageLinks.next(URI.create("http://h:8080/v1/councils?limit=2&cursor=WyJhIl0"), "WyJiIl0"));
        assertEquals("/v1/due-items?council=E06000021&council=E06000035&cursor=abc",
                PageLinks.next(URI.create("http://h/v1/due-items?council=E06000021&council=E06000035"), "abc"));
    }

    @Test
    void aBodysTagIsStrongAndDiffersByRepresentation() {
        byte[] body = "a,b\n".getBytes(StandardCharsets.UTF_8);
        String csv = ConditionalGet.tag(body, MediaType.valueOf("text/csv; charset=UTF-8"));
        assertTrue(csv.matches("\"[A-Za-z0-9_-]{27}\""), csv);
        assertEquals(csv, ConditionalGet.tag(body, MediaType.valueOf("text/csv")));
        assertNotEquals(csv, ConditionalGet.tag(body, MediaType.APPLICATION_JSON_TYPE));
    }
}

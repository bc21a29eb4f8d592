package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DegradedTest {

    @Test
    void eachMissingEntryIsAQuotedStringOfPrintableAscii() {
        assertEquals("\"councils-service is unavailable\", \"say \\\"why\\\" \\\\ here ? ?\"",
                Degraded.value(List.of("councils-service is unavailable", "say \"why\" \\ here \u2014 \n")));
    }

    @Test
    void aWholeAnswerGetsNeitherHeader() {
        Response whole = Degraded.mark(Response.ok("x"), List.of()).build();
        assertNull(whole.getHeaderString(Degraded.HEADER));
        assertNull(whole.getHeaderString("Cache-Control"));
        Response degraded = Degraded.mark(Response.ok("x"), List.of("directions-service is unavailable")).build();
        assertEquals("\"directions-service is unavailable\"", degraded.getHeaderString(Degraded.HEADER));
        assertEquals("no-store", degraded.getHeaderString("Cache-Control"));
    }
}

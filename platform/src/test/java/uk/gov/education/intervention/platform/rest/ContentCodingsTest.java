package uk.gov.education.intervention.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentCodingsTest {

    @Test
    void gzipIsAcceptedWhenNamedWithAWeightAboveZeroOrAllowedByTheWildcard() {
        for (String header : List.of("gzip", "gzip, deflate, br, zstd", "deflate;q=1.0, GZIP;q=0.5", "x-gzip", "br, *;q=0.1",
                "gzip ; level=1 ; q=0.001")) {
            assertTrue(ContentCodings.acceptsGzip(header), header);
        }
    }

    /** Absent, refused (weight 0, or only '*' at 0), or not a weight: a malformed weight refuses what it names. */
    @Test
    void gzipIsNotAcceptedWhenAbsentRefusedOrMalformed() {
        assertFalse(ContentCodings.acceptsGzip(null));
        for (String header : List.of("", "identity", "br, deflate", "gzip;q=0", "gzip;q=0.000, *", "*;q=0", "gzip;q=2", "gzip;q=-1",
                "gzip;q=0.5555", "gzip;q=1e-3", "gzip, " + "x".repeat(2000), "gzip;q=bad, *", "gzip;q = 0")) {
            assertFalse(ContentCodings.acceptsGzip(header), header);
        }
    }

    @Test
    void aGzipCodedAnswerHasAWeakTagOfItsOwn() {
        assertEquals("W/\"abc-gzip\"", ContentCodings.gzipTag("\"abc\""));
        assertEquals("W/\"abc-gzip\"", ContentCodings.gzipTag("W/\"abc\""));
    }
}

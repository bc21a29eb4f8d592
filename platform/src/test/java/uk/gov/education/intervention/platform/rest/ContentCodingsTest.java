package uk.gov.education.intervention.platform.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentCodingsTest {

    @Test
    void gzipIsAcceptedWhenNamedWithAWeightAboveZeroOrAllowedByTheWildcard() {
        assertTrue(ContentCodings.acceptsGzip("gzip"));
        assertTrue(ContentCodings.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(ContentCodings.acceptsGzip("deflate;q=1.0, GZIP;q=0.5"));
        assertTrue(ContentCodings.acceptsGzip("x-gzip"));
        assertTrue(ContentCodings.acceptsGzip("br, *;q=0.1"));
        assertTrue(ContentCodings.acceptsGzip("gzip ; level=1 ; q=0.001"));
    }

    @Test
    void gzipIsNotAcceptedWhenAbsentRefusedOrMalformed() {
        assertFalse(ContentCodings.acceptsGzip(null));
        assertFalse(ContentCodings.acceptsGzip(""));
        assertFalse(ContentCodings.acceptsGzip("identity"));
        assertFalse(ContentCodings.acceptsGzip("br, deflate"));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=0"));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=0.000, *"));
        assertFalse(ContentCodings.acceptsGzip("*;q=0"));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=2"));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=-1"));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=0.5555"));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=1e-3"));
        assertFalse(ContentCodings.acceptsGzip("gzip, " + "x".repeat(2000)));
        assertFalse(ContentCodings.acceptsGzip("gzip;q=bad, *"), "a weight that is not one refuses what it names");
        assertFalse(ContentCodings.acceptsGzip("gzip;q = 0"), "spaces around the weight's '=' still refuse");
    }

    @Test
    void aGzipCodedAnswerHasAWeakTagOfItsOwn() {
        assertEquals("W/\"abc-gzip\"", ContentCodings.gzipTag("\"abc\""));
        assertEquals("W/\"abc-gzip\"", ContentCodings.gzipTag("W/\"abc\""));
    }
}

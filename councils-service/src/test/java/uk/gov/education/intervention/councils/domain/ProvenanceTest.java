package uk.gov.education.intervention.councils.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProvenanceTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 31);

    @Test
    void aDateIsStatedUnlessSaidOtherwiseAndAnAbsentDateHasNoBasis() {
        assertEquals(DateBasis.STATED, Provenance.basisOf("deadline", DAY, null));
        assertEquals(DateBasis.INFERRED, Provenance.basisOf("deadline", DAY, DateBasis.INFERRED));
        assertNull(Provenance.basisOf("deadline", null, null));
        assertEquals("deadlineBasis", assertThrows(InvalidInput.class,
                () -> Provenance.basisOf("deadline", null, DateBasis.STATED)).errors().get(0).field());
        assertEquals("deadlineBasis", assertThrows(InvalidInput.class,
                () -> Provenance.basisOf("deadline", DAY, DateBasis.UNKNOWN)).errors().get(0).field());
    }

    @Test
    void aSourceIsOneTrimmedLineOrAbsent() {
        assertNull(Provenance.source("source", null));
        assertEquals("Direction, 7.d", Provenance.source("source", "  Direction, 7.d "));
        assertThrows(InvalidInput.class, () -> Provenance.source("source", "   "));
        assertThrows(InvalidInput.class, () -> Provenance.source("source", "two\nlines"));
    }

    @Test
    void anInferredDateNeedsASource() {
        Provenance.requireSourceIfInferred(null, "source", DateBasis.STATED, null);
        Provenance.requireSourceIfInferred("Direction", "source", DateBasis.INFERRED);
        assertEquals("source", assertThrows(InvalidInput.class,
                () -> Provenance.requireSourceIfInferred(null, "source", DateBasis.STATED, DateBasis.INFERRED)).errors().get(0).field());
    }
}

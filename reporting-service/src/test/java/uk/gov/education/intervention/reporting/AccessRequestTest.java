package uk.gov.education.intervention.reporting;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.accessrequest.domain.AccessRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An access request's own rules, without a database. */
class AccessRequestTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // 23:30 UTC on 31 May is 00:30 on 1 June in London: the request was made on 1 June
    private static final OffsetDateTime MADE = OffsetDateTime.of(2020, 5, 31, 23, 30, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 10);

    private static AccessRequest request() {
        AccessRequest.Requester by = new AccessRequest.Requester("partner", "iss partner", Set.of("PARTNER_IN_PRACTICE", "ADVISER"),
                "E08000007");
        return AccessRequest.made(UUID.randomUUID(), "E06000021", "E06000021-2019-10-31/access-on-request", "E06000021-2019-10-31",
                by, MADE, List.of(AccessRequest.Access.EMPLOYEES, AccessRequest.Access.DOCUMENTS), " case files ");
    }

    @Test
    void aNewRequestIsOpenAndSaysWhatItAsksFor() {
        AccessRequest r = request();
        AccessRequest.Snapshot s = r.snapshot();
        assertEquals("OPEN", s.status());
        assertEquals(List.of("DOCUMENTS", "EMPLOYEES"), s.access());
        assertEquals(List.of("ADVISER", "PARTNER_IN_PRACTICE"), s.requestedAs());
        assertEquals("case files", s.details());
        assertFalse(r.isMet());
    }

    @Test
    void meetingARequestRecordsWhenAndHow() {
        AccessRequest r = request();
        r.meet(LocalDate.of(2020, 6, 1), TODAY, LONDON, "council", "  ", MADE.plusDays(2));
        assertTrue(r.isMet());
        assertEquals("MET", r.snapshot().status());
        assertEquals("council", r.metBy);
        assertNull(r.metNote);
    }

    @Test
    void aRequestIsMetOnce() {
        AccessRequest r = request();
        r.meet(TODAY, TODAY, LONDON, "council", "done", MADE.plusDays(9));
        Conflict c = assertThrows(Conflict.class, () -> r.meet(TODAY, TODAY, LONDON, "other", null, MADE.plusDays(9)));
        assertEquals("access-request-met", c.slug());
        assertEquals("council", r.metBy);
    }

    @Test
    void aRequestIsNotMetBeforeItWasMadeNorAfterToday() {
        AccessRequest r = request();
        InvalidInput before = assertThrows(InvalidInput.class,
                () -> r.meet(LocalDate.of(2020, 5, 31), TODAY, LONDON, "council", null, MADE));
        assertEquals("metOn: must not be before the request was made (2020-06-01)", before.detail());
        InvalidInput after = assertThrows(InvalidInput.class, () -> r.meet(TODAY.plusDays(1), TODAY, LONDON, "council", null, MADE));
        assertEquals("metOn", after.errors().get(0).field());
        assertFalse(r.isMet());
    }
}

package uk.gov.education.intervention.reporting.aggregate.service;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.aggregate.domain.Granularity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The kept aggregates stay within their number and bytes, the least recently used going first. */
class AggregateAnswerCacheTest {

    private static AggregateAnswers.Key key(int month) {
        Granularity.Period p = Granularity.MONTH.containing(LocalDate.of(2020, month, 1));
        return new AggregateAnswers.Key(new AggregateService.Range(Granularity.MONTH, p, p), null, false, LocalDate.of(2020, 11, 20), 0);
    }

    private static AnswerCache.Entry entry(int bytes) {
        return new AnswerCache.Entry(new AggregateAnswers.Answer(new byte[bytes], "application/json", null, List.of(), "\"t\""),
                new AggregateAnswers.Basis("\"e\"", Map.of(), "1:1:"), Set.of(), Map.of());
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenThereAreTooMany() {
        AnswerCache cache = new AnswerCache(2, 1_000);
        cache.put(key(1), entry(10));
        cache.put(key(2), entry(10));
        assertNotNull(cache.get(key(1))); // 2 is now the least recently used
        cache.put(key(3), entry(10));
        assertNotNull(cache.get(key(1)));
        assertNull(cache.get(key(2)));
        assertNotNull(cache.get(key(3)));
        assertEquals(2, cache.size());
    }

    @Test
    void theBytesStayWithinTheBoundAndAnAnswerLargerThanItIsNotKept() {
        AnswerCache cache = new AnswerCache(16, 100);
        cache.put(key(1), entry(40));
        cache.put(key(2), entry(40));
        cache.put(key(3), entry(40));
        assertNull(cache.get(key(1)));
        assertEquals(80, cache.bytes());
        cache.put(key(4), entry(101));
        assertNull(cache.get(key(4)));
        assertEquals(2, cache.size());
        // a new answer under a kept key replaces it, and its bytes with it
        cache.put(key(2), entry(10));
        assertEquals(50, cache.bytes());
    }

    @Test
    void noneIsKeptWhenTheBoundIsNoEntries() {
        AnswerCache cache = new AnswerCache(0, 100);
        cache.put(key(1), entry(1));
        assertNull(cache.get(key(1)));
        assertEquals(0, cache.bytes());
    }
}

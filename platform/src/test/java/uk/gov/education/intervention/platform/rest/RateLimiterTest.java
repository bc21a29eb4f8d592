package uk.gov.education.intervention.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aCallerGetsItsRequestsInAWindowThenWaitsForItsEnd() {
        RateLimiter limiter = new RateLimiter(2, 60_000, 100, now::get);
        assertTrue(limiter.acquire("a").allowed());
        now.addAndGet(10_000);
        assertTrue(limiter.acquire("a").allowed());
        RateLimiter.Decision refused = limiter.acquire("a");
        assertFalse(refused.allowed());
        assertEquals(50, refused.retryAfterSeconds());
        assertTrue(limiter.acquire("b").allowed(), "another caller has its own count");
        now.addAndGet(50_000);
        assertTrue(limiter.acquire("a").allowed(), "a new window");
    }

    @Test
    void itKeepsNoMoreCallersThanItsBoundAndTheRestShareOneCount() {
        RateLimiter limiter = new RateLimiter(3, 60_000, 10, now::get);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("caller-" + i);
        }
        assertTrue(limiter.tracked() <= 11, "tracked " + limiter.tracked());
        assertFalse(limiter.acquire("yet-another").allowed(), "the overflow count is spent, so invented callers gain nothing");
        now.addAndGet(60_000);
        assertTrue(limiter.acquire("after-the-window").allowed(), "past windows are dropped to make room");
        assertTrue(limiter.tracked() <= 11);
    }

    @Test
    void concurrentRequestsAreCountedExactly() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(100, 60_000, 10, now::get);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            pool.submit(() -> {
                if (limiter.acquire("same").allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(100, allowed.get());
    }
}

package uk.gov.education.intervention.platform.downstream;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedCallsTest {

    @Test
    void aRequestArrivingDuringACallThatBeganBeforeItGetsTheAnswerOfALaterCall() throws Exception {
        SharedCalls<String, String> calls = new SharedCalls<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> earlier = pool.submit(() -> calls.get("k", () -> {
                made.incrementAndGet();
                firstStarted.countDown();
                await(releaseFirst);
                return "before the change";
            }));
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            // the change happens now, while the first call is under way; this request arrives after it
            Future<String> later = pool.submit(() -> calls.get("k", () -> {
                made.incrementAndGet();
                return "after the change";
            }));
            releaseFirst.countDown();
            assertEquals("before the change", earlier.get(10, TimeUnit.SECONDS));
            assertEquals("after the change", later.get(10, TimeUnit.SECONDS));
            assertEquals(2, made.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedCallIsThrownToItsCallerAndLeavesNothingUnderWay() {
        SharedCalls<String, String> calls = new SharedCalls<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> calls.get("k", () -> { throw new IllegalStateException("callee down"); }));
        assertEquals("callee down", e.getMessage());
        assertEquals("answered", calls.get("k", () -> "answered"));
    }

    @Test
    void aCallEndedByACheckedExceptionLeavesNothingUnderWay() {
        SharedCalls<String, String> calls = new SharedCalls<>();
        assertThrows(java.io.IOException.class, () -> calls.get("k", () -> sneaky(new java.io.IOException("refused"))));
        assertEquals("answered", calls.get("k", () -> "answered"));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> String sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void callsForDifferentKeysDoNotWaitForEachOther() throws Exception {
        SharedCalls<String, String> calls = new SharedCalls<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> slow = pool.submit(() -> calls.get("a", () -> {
                started.countDown();
                await(release);
                return "a";
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertEquals("b", calls.get("b", () -> "b"));
            release.countDown();
            assertEquals("a", slow.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package uk.gov.education.intervention.platform.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts requests per caller in fixed windows of time: at most {@code requests} in a window, which
 * starts at the caller's first request after the last window ended.
 * Its memory is bounded: it keeps at most {@code maxCallers} counters; when that many callers are
 * active in one window, the counters of past windows are dropped, and if all are current, any
 * further caller shares one overflow counter (so that many invented callers cannot get round it).
 * Thread-safe.
 */
public final class RateLimiter {

    static final String OVERFLOW = "\u0000overflow";

    private final int requests;
    private final long windowMillis;
    private final int maxCallers;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    /** What a request may do: go on, or wait {@code retryAfterSeconds}. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    public RateLimiter(int requests, long windowMillis, int maxCallers, LongSupplier clock) {
        if (requests < 1 || windowMillis < 1 || maxCallers < 1) {
            throw new IllegalArgumentException("requests, window and callers must be positive");
        }
        this.requests = requests;
        this.windowMillis = windowMillis;
        this.maxCallers = maxCallers;
        this.clock = clock;
    }

    /** Counts one request of the caller and says whether it is within the limit. */
    public Decision acquire(String caller) {
        long now = clock.getAsLong();
        String key = caller;
        if (!windows.containsKey(key) && windows.size() >= maxCallers) {
            windows.values().removeIf(w -> now - w.start() >= windowMillis);
            if (windows.size() >= maxCallers) {
                key = OVERFLOW;
            }
        }
        Window w = windows.compute(key, (k, old) -> old == null || now - old.start() >= windowMillis
                ? new Window(now, 1) : new Window(old.start(), old.count() == Integer.MAX_VALUE ? old.count() : old.count() + 1));
        if (w.count() <= requests) {
            return new Decision(true, 0);
        }
        long waitMillis = w.start() + windowMillis - now;
        return new Decision(false, Math.max(1, (waitMillis + 999) / 1000));
    }

    /** How many callers have a counter now (for tests of the bound). */
    int tracked() {
        return windows.size();
    }
}

package uk.gov.education.intervention.reporting.notification.domain;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the first delay after the first failed attempt, doubled after each
 * further one, never more than the cap; after {@code maxAttempts} attempts it is given up.
 */
public record Backoff(Duration first, Duration cap, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a backoff starts above zero, is capped at or above its start, and tries at least once");
        }
    }

    /** The delay after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        // doubling 62 times overflows a long's milliseconds; the cap is reached long before
        int doublings = Math.min(attempts - 1, 40);
        long millis = first.toMillis();
        for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    /** Whether a delivery that has failed {@code attempts} times is tried again. */
    public boolean triesAgainAfter(int attempts) {
        return attempts < maxAttempts;
    }
}

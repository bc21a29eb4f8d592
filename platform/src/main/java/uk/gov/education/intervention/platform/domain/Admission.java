package uk.gov.education.intervention.platform.domain;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code permits} pieces of one kind of costly work at once, so that what they hold together stays within the
 * heap whatever the number of callers: the rest wait their turn, first come first served, for up to {@code wait}, and
 * are then refused with {@link Busy} rather than let in to exhaust the service's memory.
 */
public final class Admission {

    private final String work;
    private final Semaphore permits;
    private final Duration wait;

    public Admission(String work, int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one " + work + " must be allowed at once");
        }
        this.work = work;
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    public <T> T run(Supplier<T> task) {
        if (!enter()) {
            throw new Busy("The service is already making as many " + work + " as it can at once, and this request waited "
                    + wait.toSeconds() + " s for its turn. Try again shortly.", (int) Math.max(1, wait.toSeconds()));
        }
        try {
            return task.get();
        } finally {
            permits.release();
        }
    }

    private boolean enter() {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

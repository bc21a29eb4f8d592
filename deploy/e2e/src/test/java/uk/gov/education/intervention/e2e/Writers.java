package uk.gov.education.intervention.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that write as fast as the services answer, each with a write of its own, and keep what
 * each request came to: the status and the id of what was stored, or the error when no answer came.
 */
final class Writers {

    /** One request's end: status -1 when no HTTP answer came (refused, cut, timed out). */
    record Outcome(String writer, int status, String id, String detail, Instant startedAt, Instant endedAt) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    /** The n-th write of a writer: sends it and says what came of it. */
    interface Write {
        Outcome send(String writer, int n) throws Exception;
    }

    private final Map<String, Write> writes;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger busy = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    Writers(Map<String, Write> writes) {
        this.writes = new LinkedHashMap<>(writes);
    }

    void start() {
        running.set(true);
        writes.forEach((name, write) -> {
            Thread t = new Thread(() -> loop(name, write), "writer-" + name);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        });
    }

    private void loop(String name, Write write) {
        int n = 0;
        while (running.get()) {
            Instant started = Instant.now();
            Outcome o;
            busy.incrementAndGet();
            try {
                o = write.send(name, n++);
            } catch (Exception e) {
                o = new Outcome(name, -1, null, e.toString(), started, Instant.now());
            } finally {
                busy.decrementAndGet();
            }
            outcomes.add(o);
            if (!o.acknowledged()) {
                pause(100);
            }
        }
    }

    /** How many requests are being sent at this moment. */
    int inFlight() {
        return busy.get();
    }

    /** Waits until every writer has had {@code count} writes acknowledged that were sent after {@code since}. */
    void awaitAcknowledged(int count, Instant since, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (writes.keySet().stream().allMatch(w -> acknowledged(w, since) >= count)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("within " + limit + " not every writer had " + count + " writes acknowledged after " + since
                + "; last outcomes: " + last(12));
    }

    private long acknowledged(String writer, Instant since) {
        return outcomes.stream().filter(o -> o.writer().equals(writer) && o.acknowledged() && !o.startedAt().isBefore(since)).count();
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(30_000);
        }
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<Outcome> last(int n) {
        List<Outcome> all = outcomes();
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

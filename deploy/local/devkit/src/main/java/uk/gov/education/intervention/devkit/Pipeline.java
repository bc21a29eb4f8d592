package uk.gov.education.intervention.devkit;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls made a few at a time on threads of their own, their results taken in the order the calls were
 * made: the caller prepares and checks in order on its own thread (so that a seeded run repeats), while
 * the calls overlap. One call at a time leaves a core of two idle while client and server wait on each other.
 */
final class Pipeline<T> implements AutoCloseable {

    /** What becomes of a call's result, on the caller's thread, in the order the calls were made. */
    interface Receiver<T> {
        void receive(int index, T result) throws IOException;
    }

    private final ExecutorService pool;
    private final int window;
    private final Receiver<T> receiver;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();
    private int taken;

    /** {@code threads} calls at once (1: one after another), results handed to {@code receiver}. */
    Pipeline(int threads, Receiver<T> receiver) {
        this.pool = Executors.newFixedThreadPool(threads);
        this.window = 2 * threads;
        this.receiver = receiver;
    }

    /** Starts the call; hands on the results of earlier ones while more than the window are under way. */
    void submit(Callable<T> call) throws IOException {
        inFlight.add(pool.submit(call));
        while (inFlight.size() > window) {
            takeOne();
        }
    }

    /** Waits for every call made and hands on their results. */
    void drain() throws IOException {
        while (!inFlight.isEmpty()) {
            takeOne();
        }
    }

    private void takeOne() throws IOException {
        int index = taken++;
        try {
            receiver.receive(index, inFlight.poll().get(120, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("call " + index + " of a pipeline failed", e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

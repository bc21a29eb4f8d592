package uk.gov.education.intervention.platform.downstream;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent requests for the same answer share one call, but only a call that began after the request arrived:
 * one already under way may have asked before a change the request must see, so the request waits for it to end and
 * then shares (or makes) the next. Under load the callee answers about one call per round trip instead of one per
 * request, and no answer is older than the request that gets it. A failed call fails every request that shared it.
 *
 * @param <K> what is asked (one call at a time per key)
 * @param <V> the answer
 */
public final class SharedCalls<K, V> {

    /** A call: when it began (monotonic clock) and its answer. */
    private record Call<V>(long startedAt, CompletableFuture<V> answer) {
    }

    private final ConcurrentHashMap<K, Call<V>> underWay = new ConcurrentHashMap<>();

    /** The answer of a call for {@code key} that began after this request arrived: another request's, or {@code call}'s. */
    public V get(K key, Supplier<V> call) {
        long arrived = System.nanoTime();
        while (true) {
            Call<V> running = underWay.get(key);
            if (running == null) {
                Call<V> mine = new Call<>(System.nanoTime(), new CompletableFuture<>());
                if (underWay.putIfAbsent(key, mine) == null) {
                    return lead(key, mine, call);
                }
                continue;
            }
            if (running.startedAt() - arrived >= 0) {
                return outcome(running);
            }
            running.answer().handle((v, e) -> null).join();
        }
    }

    /**
     * Makes the call and hands its answer to those waiting. The call is no longer under way before its answer is given:
     * a waiter woken by the answer must find it gone (or a later call), or it would wait for the same finished call
     * again and again until this thread is scheduled to remove it.
     */
    private V lead(K key, Call<V> mine, Supplier<V> call) {
        V answer = null;
        Throwable failure = null;
        try {
            answer = call.get();
            return answer;
        } catch (Throwable e) {
            failure = e;
            throw e;
        } finally {
            // whatever ended the call (a checked exception thrown sneakily included), it is removed and answered
            underWay.remove(key, mine);
            if (failure == null) {
                mine.answer().complete(answer);
            } else {
                mine.answer().completeExceptionally(failure);
            }
        }
    }

    /** The answer of another request's call, once it has ended (what it threw is thrown here too). */
    private static <V> V outcome(Call<V> c) {
        try {
            return c.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}

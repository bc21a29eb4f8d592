package uk.gov.education.intervention.platform.downstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the calls last saw of each dependency: when it last answered, when a call last failed and
 * why. Every attempt is recorded (retries included) by {@link Downstream}, so that readiness can
 * report on the dependencies without calling them.
 */
@ApplicationScoped
public class DownstreamStatus {

    /**
     * The last outcomes of calls to one dependency: whether the last attempt got an answer (null
     * before the first), when one last did, and when and why one last failed (null until then).
     */
    public record Seen(Boolean reachable, Instant lastAnswerAt, Instant lastFailureAt, String lastFailure) {
        static final Seen NOTHING = new Seen(null, null, null, null);
    }

    private static final int MAX_REASON = 200;

    @Inject
    Clock clock;

    private final Map<String, Seen> seen = new HashMap<>();

    /**
     * Makes the call and records its outcome. Any HTTP answer below 500 counts as an answer (a 4xx is
     * about the request, not the service's health); a 5xx, a refused or reset connection and a
     * timeout count as failures.
     */
    public <T> T observe(Dependency dependency, Supplier<T> call) {
        try {
            T result = call.get();
            answered(dependency);
            return result;
        } catch (DownstreamRejectedException e) {
            answered(dependency);
            throw e;
        } catch (RuntimeException e) {
            failed(dependency, e);
            throw e;
        }
    }

    public synchronized Seen seen(Dependency dependency) {
        return seen.getOrDefault(dependency.name(), Seen.NOTHING);
    }

    /** Forgets everything seen (for tests). */
    public synchronized void clear() {
        seen.clear();
    }

    private synchronized void answered(Dependency dependency) {
        Seen s = seen(dependency);
        seen.put(dependency.name(), new Seen(true, clock.instant(), s.lastFailureAt(), s.lastFailure()));
    }

    private synchronized void failed(Dependency dependency, RuntimeException e) {
        Seen s = seen(dependency);
        seen.put(dependency.name(), new Seen(false, s.lastAnswerAt(), clock.instant(), reason(e)));
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == e ? e.toString() : e.getClass().getSimpleName() + " (" + root + ")";
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "..." : text;
    }
}

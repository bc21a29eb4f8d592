package uk.gov.education.intervention.reporting.service;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CouncilFacts#stamp}: a stamp only for names that a lookup would give without asking councils-service;
 * {@link CouncilFacts#stillAsStamped}: the stamp holds until a council is read different, or its time is up.
 */
class CouncilFactsTest {

    private final Map<String, RemoteCouncil> held = new HashMap<>();

    private CouncilFacts facts(Duration ttl) {
        CouncilFacts f = new CouncilFacts();
        f.gateway = new CouncilsGateway() {
            @Override
            public List<RemoteCouncil> councils(List<String> gssCodes) {
                return gssCodes.stream().filter(held::containsKey).map(held::get).toList();
            }
        };
        ReportingConfig.Councils councils = () -> ttl;
        f.config = (ReportingConfig) Proxy.newProxyInstance(ReportingConfig.class.getClassLoader(), new Class<?>[] {ReportingConfig.class},
                (proxy, method, args) -> method.getName().equals("councils") ? councils : null);
        return f;
    }

    @Test
    void namesReadWithinTheirTimeAreStillAsRead() {
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null));
        CouncilFacts f = facts(Duration.ofMinutes(5));
        Map<String, RemoteCouncil> names = f.lookup(Set.of("E06000021", "E09999999")).councils();
        assertNotNull(f.stamp(Set.of("E06000021", "E09999999"), names), "a council held and one not held, both as read");
        assertNull(f.stamp(Set.of("E06000021"), Map.of("E06000021", new RemoteCouncil("E06000021", "Another name", null))),
                "names that differ from those read");
        assertNull(f.stamp(Set.of("E06000035"), Map.of()), "a council never read");
    }

    @Test
    void namesPastTheirTimeAreNotTakenAsRead() {
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null));
        CouncilFacts f = facts(Duration.ZERO);
        Map<String, RemoteCouncil> names = f.lookup(Set.of("E06000021")).councils();
        assertNull(f.stamp(Set.of("E06000021"), names), "with no time to keep them, names must be asked for again");
    }

    @Test
    void aStampHoldsUntilACouncilIsReadDifferent() {
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null));
        held.put("E06000035", new RemoteCouncil("E06000035", "Medway Council", null));
        CouncilFacts f = facts(Duration.ofMinutes(5));
        Set<String> both = Set.of("E06000021", "E06000035");
        Map<String, RemoteCouncil> names = f.lookup(both).councils();
        CouncilFacts.Stamp stamp = f.stamp(both, names);
        assertTrue(f.stillAsStamped(stamp));
        assertFalse(f.stillAsStamped(null), "no stamp");
        f.lookup(Set.of("E06000035", "E08000007"));
        assertTrue(f.stillAsStamped(stamp), "read again the same; and a council not held, never read before, read as not held");
        f.lookup(Set.of("E06000021", "E06000035"));
        held.put("E06000035", new RemoteCouncil("E06000035", "Medway Council (renamed)", null));
        f.lookup(Set.of("E06000035"));
        assertTrue(f.stillAsStamped(stamp), "a lookup served from the kept answers reads nothing");
    }

    @Test
    void aStampFailsOnceACouncilIsReadDifferentOrItsTimeIsUp() {
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null));
        CouncilFacts f = facts(Duration.ofSeconds(2));
        Map<String, RemoteCouncil> names = f.lookup(Set.of("E06000021")).councils();
        CouncilFacts.Stamp stamp = f.stamp(Set.of("E06000021"), names);
        assertTrue(f.stillAsStamped(stamp));
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent (renamed)", null));
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (f.stillAsStamped(stamp) && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertFalse(f.stillAsStamped(stamp), "past the time to keep names");
        f.lookup(Set.of("E06000021"));
        assertNull(f.stamp(Set.of("E06000021"), names), "read different");
        CouncilFacts.Stamp renamed = f.stamp(Set.of("E06000021"), f.lookup(Set.of("E06000021")).councils());
        assertTrue(f.stillAsStamped(renamed));
        assertFalse(f.stillAsStamped(stamp), "a stamp made before the change");
    }

    /**
     * Two lookups of a council not kept, the second begun while the first waits for councils-service: the first ends,
     * a stamp is made on its answer, then the second ends with the council renamed. The stamp must fail, although no
     * name is past its time.
     */
    @Test
    void aStampFailsWhenALaterReadEndsWithTheCouncilChanged() throws Exception {
        Reads reads = new Reads();
        CouncilFacts f = reads.start();
        reads.endFirst();
        CouncilFacts.Stamp stamp = f.stamp(Set.of("E06000021"), Map.of("E06000021", reads.first));
        assertNotNull(stamp);
        assertTrue(f.stillAsStamped(stamp));
        reads.endSecond();
        assertFalse(f.stillAsStamped(stamp), "the later read found the council renamed");
        assertNull(f.stamp(Set.of("E06000021"), Map.of("E06000021", reads.first)));
        assertNotNull(f.stamp(Set.of("E06000021"), Map.of("E06000021", reads.second)));
    }

    /** The same two lookups ending the other way round: the earlier read, ending last, does not replace the later one. */
    @Test
    void anEarlierReadEndingLastIsNotKept() throws Exception {
        Reads reads = new Reads();
        CouncilFacts f = reads.start();
        reads.endSecond();
        CouncilFacts.Stamp stamp = f.stamp(Set.of("E06000021"), Map.of("E06000021", reads.second));
        assertNotNull(stamp);
        reads.endFirst();
        assertTrue(f.stillAsStamped(stamp), "the earlier read changed nothing kept");
        assertNotNull(f.stamp(Set.of("E06000021"), Map.of("E06000021", reads.second)));
        assertNull(f.stamp(Set.of("E06000021"), Map.of("E06000021", reads.first)));
    }

    /** Two reads of Stoke by councils-service, each held until released: the first answers its old name, the second its new one. */
    private final class Reads {
        final RemoteCouncil first = new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null);
        final RemoteCouncil second = new RemoteCouncil("E06000021", "Stoke-on-Trent Council", null);
        private final java.util.concurrent.CountDownLatch firstAsked = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch secondAsked = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch releaseFirst = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch releaseSecond = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        private java.util.concurrent.Future<?> firstLookup;
        private java.util.concurrent.Future<?> secondLookup;

        /** A CouncilFacts reading through these two, with both lookups started, the second once the first is waiting. */
        CouncilFacts start() throws InterruptedException {
            CouncilFacts f = CouncilFactsTest.this.facts(Duration.ofMinutes(5));
            f.gateway = new CouncilsGateway() {
                @Override
                public List<RemoteCouncil> councils(List<String> gssCodes) {
                    boolean isFirst = calls.incrementAndGet() == 1;
                    (isFirst ? firstAsked : secondAsked).countDown();
                    await(isFirst ? releaseFirst : releaseSecond);
                    return List.of(isFirst ? first : second);
                }
            };
            firstLookup = pool.submit(() -> f.lookup(Set.of("E06000021")));
            await(firstAsked);
            secondLookup = pool.submit(() -> f.lookup(Set.of("E06000021")));
            await(secondAsked);
            return f;
        }

        void endFirst() throws Exception {
            releaseFirst.countDown();
            firstLookup.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        void endSecond() throws Exception {
            releaseSecond.countDown();
            secondLookup.get(30, java.util.concurrent.TimeUnit.SECONDS);
            pool.shutdown();
        }

        private static void await(java.util.concurrent.CountDownLatch latch) {
            try {
                if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new AssertionError("a read was not reached in 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

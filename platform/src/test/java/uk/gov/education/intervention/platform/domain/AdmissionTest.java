package uk.gov.education.intervention.platform.domain;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.problem.DomainProblems;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Costly work let in a few at a time: the rest wait their turn, and past the wait are told the service is busy. */
class AdmissionTest {

    /** Starts a task that holds a permit until {@code release} counts down; returns once it holds it. */
    private static CompletableFuture<String> holding(Admission admission, CountDownLatch release) throws InterruptedException {
        CountDownLatch holds = new CountDownLatch(1);
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> admission.run(() -> {
            holds.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertTrue(holds.await(10, TimeUnit.SECONDS));
        return f;
    }

    @Test
    void pastTheWaitACallerIsToldTheServiceIsBusyAndNothingRuns() throws Exception {
        Admission admission = new Admission("aggregates", 1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holding(admission, release);
        boolean[] ran = {false};
        Busy busy = assertThrows(Busy.class, () -> admission.run(() -> ran[0] = true));
        assertEquals(false, ran[0]);
        HttpProblem p = DomainProblems.toProblem(busy);
        assertEquals(503, p.getStatusCode());
        assertEquals("1", String.valueOf(p.getHeaders().get("Retry-After")));
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("again", admission.run(() -> "again"), "the permit is back once the first is done");
    }

    @Test
    void aCallerWaitingItsTurnIsLetInWhenAPermitIsFree() throws Exception {
        Admission admission = new Admission("aggregates", 1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holding(admission, release);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> admission.run(() -> "second"));
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("second", second.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailingTaskGivesItsPermitBack() {
        Admission admission = new Admission("aggregates", 1, Duration.ofMillis(50));
        assertThrows(IllegalStateException.class, () -> admission.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("ok", admission.run(() -> "ok"));
    }
}

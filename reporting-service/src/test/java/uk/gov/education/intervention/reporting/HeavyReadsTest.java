package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.service.HeavyReads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Aggregates and calendar feeds are made a few at a time (reporting.heavy-reads.concurrency, 2): while that many are
 * being made, another waits its turn (here 1 s, reporting.heavy-reads.max-wait) and is then told the service is busy,
 * with Retry-After; once a turn is free it is answered. An aggregate already made and still current takes no turn.
 */
@QuarkusTest
class HeavyReadsTest extends StandInTest {

    @Inject
    HeavyReads heavyReads;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    @Test
    void pastItsTurnAnAggregateOrCalendarIsRefusedAsBusyAndLaterAnswered() throws Exception {
        // an aggregate already made and still current is served without a turn (issue 13)
        analyst().queryParam("from", "2018-01").queryParam("to", "2018-03").get("/v1/aggregates/monthly").then().statusCode(200);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(2);
        List<CompletableFuture<Boolean>> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            held.add(CompletableFuture.supplyAsync(() -> heavyReads.run(() -> {
                holding.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            })));
        }
        try {
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            analyst().queryParam("from", "2018-01").queryParam("to", "2018-03").get("/v1/aggregates/monthly").then().statusCode(200);
            // one to make (a range no other test asks for) waits its turn in vain
            analyst().queryParam("from", "2018-04").queryParam("to", "2018-06").get("/v1/aggregates/monthly").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:problem-type:intervention:busy"));
            analyst().queryParam("council", Downstream.STOKE).get("/v1/calendar/due-items.ics").then().statusCode(503);
        } finally {
            release.countDown();
        }
        for (CompletableFuture<Boolean> f : held) {
            assertTrue(f.get(10, TimeUnit.SECONDS));
        }
        analyst().queryParam("from", "2018-04").queryParam("to", "2018-06").get("/v1/aggregates/monthly").then().statusCode(200);
    }
}

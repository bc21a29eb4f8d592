package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * ETags, If-None-Match and next-page links on reads (platform ConditionalGet, PageLinks), run against
 * reporting-service: the due items of Stoke (computed from the stand-ins' duties, a page shaped for
 * the schedule with {@code degraded} and {@code missing}) and one of them.
 */
@QuarkusTest
class ConditionalReadTest extends uk.gov.education.intervention.devkit.ConditionalReadTest {

    @Inject
    CircuitBreakerMaintenance circuits;

    @BeforeEach
    void standInsAnswerWithTheSeedData() {
        Downstream.reset();
        circuits.resetAll();
    }

    @Override
    protected String listPath() {
        return "/v1/due-items";
    }

    @Override
    protected String recordPath() {
        return "/v1/due-items/" + uk.gov.education.intervention.devkit.Callers.analyst().queryParam("limit", 1).get("/v1/due-items").then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }
}

package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Without an identity provider's grant (compose, run.sh), reporting-service sends the fixed token
 * issued to it ({@code REPORTING_SERVICE_TOKEN}); with neither, it sends none. The test profile has neither.
 */
@QuarkusTest
class FixedServiceTokenTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    @Test
    void callsToTheOtherServicesCarryTheFixedToken() {
        // set as REPORTING_SERVICE_TOKEN would set it; the clients read it on every call, so no restart is needed
        System.setProperty("reporting.service-token", "a-token-issued-to-reporting-service");
        try {
            Downstream.clearJournals();
            analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
            assertEquals(Set.of("Bearer a-token-issued-to-reporting-service"), Downstream.authorizationsSeen());
        } finally {
            System.clearProperty("reporting.service-token");
        }
    }

    @Test
    void withNeitherAFixedTokenNorAGrantNoneIsSent() {
        Downstream.clearJournals();
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        assertEquals(Set.of("null"), Downstream.authorizationsSeen());
    }
}

package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Without an identity provider's grant (compose, run.sh), reporting-service sends the fixed token
 * issued to it ({@code REPORTING_SERVICE_TOKEN}); with neither, the other tests show it sends none.
 */
@QuarkusTest
@TestProfile(Reconfigured.class) // reporting.service-token set
class FixedServiceTokenTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    @Test
    void callsToTheOtherServicesCarryTheFixedToken() {
        Downstream.clearJournals();
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        assertEquals(Set.of("Bearer a-token-issued-to-reporting-service"), Downstream.authorizationsSeen());
    }
}

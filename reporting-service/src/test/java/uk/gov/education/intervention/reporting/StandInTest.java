package uk.gov.education.intervention.reporting;

import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.education.intervention.devkit.Callers;
import uk.gov.education.intervention.devkit.DevTokens;

import java.time.LocalDate;

/**
 * A test against the stand-ins for councils-service and directions-service ({@link Downstream}):
 * each test starts and ends with both answering the seed data and every circuit breaker closed,
 * and starts on the day {@link #today()} gives the service's clock.
 */
abstract class StandInTest {

    @Inject
    TestClock clock;

    @Inject
    CircuitBreakerMaintenance circuits;

    /** The day the service believes it is when each test starts. */
    abstract LocalDate today();

    @BeforeEach
    void standInsAnswerWithTheSeedData() {
        Downstream.reset();
        circuits.resetAll();
        clock.setToday(today());
    }

    /**
     * A commissioner appointed for this council only (not the seed Commissioner, who serves both):
     * a person of its own, appointed in the stand-in for councils-service, with an identity of its own.
     */
    static RequestSpecification commissionerOnlyOf(String council) {
        // a person id as councils-service gives them (a UUID), of this council's own
        String person = "e0000000-0000-4000-8000-0000" + council.substring(1);
        Downstream.appoint(Downstream.STOKE.equals(council) ? "CHILDRENS_SERVICES_COMMISSIONER" : "NON_EXECUTIVE_COMMISSIONER",
                council, person, null, LocalDate.of(2019, 1, 1), null);
        Downstream.linkIdentity(DevTokens.subject("commissioner", council, "only"), person);
        return Callers.person("commissioner", council, "only");
    }

    @AfterEach
    void standInsBackToTheSeedDataAndTheRealDay() {
        try {
            Downstream.assertStandInsKeptTheirContracts();
        } finally {
            standInsBack();
        }
    }

    private void standInsBack() {
        Downstream.reset();
        circuits.resetAll();
        clock.reset();
    }
}

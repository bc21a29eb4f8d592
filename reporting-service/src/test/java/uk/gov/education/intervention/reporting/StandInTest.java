package uk.gov.education.intervention.reporting;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

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

    @AfterEach
    void standInsBackToTheSeedDataAndTheRealDay() {
        Downstream.reset();
        circuits.resetAll();
        clock.reset();
    }
}

package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static uk.gov.education.intervention.devkit.Callers.STOKE;

/** Requests generated from reporting-service's contract: refused as it says, never a 5xx, nothing stored by a refusal. */
@QuarkusTest
class GeneratedInputTest extends uk.gov.education.intervention.devkit.GeneratedInputTest {

    /** The stand-ins answer, so that validation is not hidden behind a degraded answer or a 503. */
    @BeforeEach
    void standInsAnswer() {
        Downstream.reset();
    }

    /** Whatever was generated, reporting-service sent the other services only what their contracts allow. */
    @AfterEach
    void standInsKeptTheirContracts() {
        Downstream.assertStandInsKeptTheirContracts();
    }

    @Override
    protected String sample(String path, String param) {
        return switch (param) {
            case "granularity" -> "monthly";
            case "number" -> "1";
            case "id" -> path.startsWith("/v1/due-items") ? STOKE + "-2019-10-31.monthly-progress-report.2019-11-30" : null;
            default -> null;
        };
    }

    @Override
    protected String plainRead() {
        return "/v1/board-meetings";
    }
}

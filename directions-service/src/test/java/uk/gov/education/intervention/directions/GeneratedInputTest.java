package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;

import static uk.gov.education.intervention.devkit.Callers.STOKE;

/** Requests generated from directions-service's contract: refused as it says, never a 5xx, nothing stored by a refusal. */
@QuarkusTest
class GeneratedInputTest extends uk.gov.education.intervention.devkit.GeneratedInputTest {

    @Override
    protected String sample(String path, String param) {
        return switch (param) {
            case "gss" -> STOKE;
            case "reference" -> STOKE + "-2019-10-31";
            default -> null;
        };
    }

    @Override
    protected String plainRead() {
        return "/v1/directions/" + STOKE + "-2019-10-31";
    }
}

package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.downstream.DownstreamReadiness;
import uk.gov.education.intervention.platform.downstream.DownstreamStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.ManagementPort.management;

/**
 * The health group {@code dependencies} on the management port says whether councils-service and
 * directions-service are reachable, and the state of the circuit breakers of calls to them, without
 * being made DOWN by them (reporting-service still answers, degraded) and without calling them.
 * Readiness itself says none of it: a status per check, and the dependencies are not among them.
 */
@QuarkusTest
class DownstreamReadinessTest extends StandInTest {

    private static final String COUNCILS = "councils-service (non-fatal)";
    private static final String DIRECTIONS = "directions-service (non-fatal)";

    @Inject
    DownstreamStatus status;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    @BeforeEach
    void setUp() {
        status.clear();
    }

    @AfterEach
    void tearDown() {
        status.clear();
    }

    private static JsonPath readiness() {
        // always 200: the dependencies are detail, not conditions of readiness
        JsonPath ready = management().get("/q/health/group/" + DownstreamReadiness.GROUP).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        return ready;
    }

    private static Map<String, Object> check(JsonPath ready, String name) {
        Map<String, Object> check = ready.getMap("checks.find { it.name == '" + name + "' }");
        assertNotNull(check, "no readiness check " + name + " in " + ready.prettify());
        assertEquals("UP", check.get("status"), name + " must never be fatal");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        return data;
    }

    private static void aggregate(boolean degraded) {
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-01").get("/v1/aggregates/monthly")
                .then().statusCode(200).body("degraded", org.hamcrest.Matchers.equalTo(degraded));
    }

    @Test
    void beforeAnyCallBothAreUnknown() {
        JsonPath ready = readiness();
        assertEquals("UNKNOWN", check(ready, COUNCILS).get("dependency"));
        assertEquals("UNKNOWN", check(ready, DIRECTIONS).get("dependency"));
        assertEquals("CLOSED", check(ready, DIRECTIONS).get("circuitBreaker"));
    }

    @Test
    void readinessItselfSaysNothingOfTheDependenciesEvenWhenOneIsDown() {
        Downstream.councilsDown();
        aggregate(true);
        JsonPath ready = management().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("database"), ready.getList("checks.name"), ready.prettify());
        assertFalse(ready.prettify().contains("councils"), ready.prettify());
        anonymous().get("/q/health/group/" + DownstreamReadiness.GROUP).then().statusCode(404);
    }

    @Test
    void afterCallsThatWereAnsweredBothAreUp() {
        aggregate(false);
        JsonPath ready = readiness();
        for (String name : new String[] {COUNCILS, DIRECTIONS}) {
            Map<String, Object> data = check(ready, name);
            assertEquals("UP", data.get("dependency"), name + ": " + data);
            assertEquals("CLOSED", data.get("circuitBreaker"));
            assertEquals(false, data.get("degraded"));
            assertNotNull(data.get("lastAnswerAt"));
        }
    }

    @Test
    void anUnreachableDependencyIsReportedButReadinessStaysUp() {
        aggregate(false);
        Downstream.councilsDown();
        aggregate(true);
        JsonPath ready = readiness();
        Map<String, Object> councils = check(ready, COUNCILS);
        assertEquals("DOWN", councils.get("dependency"), councils.toString());
        assertEquals(true, councils.get("degraded"));
        assertNotNull(councils.get("lastFailure"));
        assertNotNull(councils.get("meanwhile"));
        assertEquals("UP", check(ready, DIRECTIONS).get("dependency"));
    }

    @Test
    void anOpenCircuitBreakerIsReported() {
        Downstream.directionsDown();
        // each request tries the duties feed three times; the breaker opens after ten calls, half failed
        for (int i = 0; i < 10 && !"OPEN".equals(check(readiness(), DIRECTIONS).get("circuitBreaker")); i++) {
            analyst().get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-04-30");
        }
        Map<String, Object> directions = check(readiness(), DIRECTIONS);
        assertEquals("OPEN", directions.get("circuitBreaker"), directions.toString());
        assertEquals("OPEN", directions.get("circuitBreaker.directions-service.duties"));
        assertEquals("DOWN", directions.get("dependency"));
    }

    @Test
    void aProbeCallsNeitherService() {
        aggregate(false);
        Downstream.clearJournals();
        for (int i = 0; i < 5; i++) {
            readiness();
        }
        assertEquals(0, Downstream.councilsCalls());
        assertEquals(0, Downstream.directionsCalls());
    }
}

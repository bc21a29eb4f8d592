package uk.gov.education.intervention.devkit;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.ManagementPort.management;

/**
 * Health and metrics are served on the management port only, and the probes say no more than a
 * status per check; the public port keeps the API, its contract and Swagger UI. A service's
 * {@code @QuarkusTest} extends this class to run the checks against itself.
 */
public abstract class ManagementInterfaceChecks {

    private static final List<String> OPERATIONAL = List.of("/q/metrics", "/q/health", "/q/health/live",
            "/q/health/ready", "/q/health/started", "/q/health/group", "/q/health/well");

    @Test
    void theProbesAnswerOnTheManagementPortWithAStatusPerCheckAndNothingMore() {
        for (String probe : List.of("/q/health/live", "/q/health/ready", "/q/health/started")) {
            JsonPath health = management().get(probe).then().statusCode(200).extract().jsonPath();
            assertEquals("UP", health.getString("status"), probe);
            assertEquals(Set.of("status", "checks"), health.getMap("").keySet(), probe + ": " + health.prettify());
            List<Map<String, Object>> checks = health.getList("checks");
            for (Map<String, Object> check : checks) {
                assertEquals(Set.of("name", "status"), check.keySet(), probe + " says more than a status: " + check);
            }
        }
        List<String> ready = management().get("/q/health/ready").jsonPath().getList("checks.name");
        assertTrue(ready.contains("database"), "readiness does not check the database: " + ready);
    }

    @Test
    void metricsAreScrapedFromTheManagementPort() {
        String metrics = management().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM figures in the scrape");
    }

    @Test
    void thePublicPortServesNeitherHealthNorMetrics() {
        for (String path : OPERATIONAL) {
            Response answer = anonymous().accept("*/*").get(path);
            assertEquals(404, answer.statusCode(), path + " answered on the public port: " + answer.asString());
            assertTrue(answer.contentType().startsWith("application/problem+json"), path + ": " + answer.contentType());
        }
    }

    @Test
    void theContractAndSwaggerUiStayOnThePublicPortAndTheApiIsNotOnTheManagementPort() {
        anonymous().accept("application/json").get("/q/openapi").then().statusCode(200);
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
        management().get("/q/openapi").then().statusCode(404);
        management().get("/q/swagger-ui/").then().statusCode(404);
        management().get("/v1/audit").then().statusCode(404);
    }
}

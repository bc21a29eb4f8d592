package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.ManagementPort.management;

/** Prometheus metrics at /q/metrics on the management port, and CORS only for the origins configured (in tests https://frontend.test.invalid). */
@QuarkusTest
class ObservabilityTest {

    @Test
    void metricsAreServedWithHttpFiguresByRouteTemplate() {
        analyst().get("/v1/councils/E06000021").then().statusCode(200);
        management().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/v1/councils/{gss}\""))
                .body(not(containsString("E06000021")))
                .body(containsString("agroal_"));
    }

    @Test
    void onlyAConfiguredOriginIsAllowed() {
        given().header("Origin", "https://frontend.test.invalid").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/v1/councils").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://frontend.test.invalid"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/councils").then().header("Access-Control-Allow-Origin", nullValue());
    }
}

package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.ManagementPort.management;

/** What is open without a token (health on the management port, the contract, Swagger UI), and what the contract promises. */
@QuarkusTest
class PlatformSurfaceTest {

    @Test
    void healthIsOpenAndReadinessChecksTheDatabase() {
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void theOpenApiContractDocumentsEachOperationAndItsProblems() {
        JsonPath api = anonymous().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("paths.'/v1/directions'.post.responses", hasKey("201"))
                .body("paths.'/v1/directions'.post.responses", hasKey("413"))
                .body("paths.'/v1/directions/{reference}'.put.responses", hasKey("409"))
                .body("paths.'/v1/directions/{reference}'.put.responses", hasKey("412"))
                .body("paths.'/v1/directions/{reference}'.put.responses", hasKey("428"))
                .body("paths.'/v1/directions/{reference}/issue'.post.responses", hasKey("422"))
                .body("paths.'/v1/directions/{reference}/issue'.post.responses", hasKey("503"))
                .body("paths.'/v1/directions/{reference}/issue'.post.responses", hasKey("401"))
                .body("paths.'/v1/directions/{reference}/issue'.post.responses", hasKey("403"))
                .body("paths.'/v1/directions/{reference}/revocation'.post.responses", hasKey("422"))
                .body("paths.'/v1/directions/{reference}/document'.get.responses.'200'.content", hasKey("text/plain"))
                .body("paths.'/v1/directions/{reference}/document'.get.responses.'200'.content", hasKey("text/html"))
                .extract().jsonPath();

        // every operation has a summary and an operationId of its own
        List<String> operationIds = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            assertTrue(operation.get("summary") != null, method + " " + path + " has no summary");
            operationIds.add((String) operation.get("operationId"));
        }));
        Set<String> unique = new HashSet<>(operationIds);
        assertEquals(operationIds.size(), unique.size(), "operationIds are not unique: " + operationIds);
        anonymous().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void anUnknownPathIsA404ProblemAndAWrongMethodA405() {
        analyst().get("/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
        analyst().delete("/v1/directions/E06000021-2019-10-31").then().statusCode(405).contentType("application/problem+json");
        analyst().get("/v1/directions/E06000021-2019-10-31").then().statusCode(200).body("status", equalTo("ISSUED"));
        analyst().get("/v1/directions/E06000021-2019-10-31").then().header("ETag", notNullValue());
    }
}

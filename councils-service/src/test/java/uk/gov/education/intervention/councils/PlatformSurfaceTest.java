package uk.gov.education.intervention.councils;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.security.VerifiedTokens;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.devkit.ManagementPort.management;

/** What is open without a token (health on the management port, the contract, Swagger UI) and what is not. */
@QuarkusTest
class PlatformSurfaceTest {

    @Test
    void healthIsOpenAndReadinessChecksTheDatabase() {
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("database"));
    }

    @Test
    void theOpenApiContractDocumentsProblemsAndBearerAuth() {
        anonymous().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("paths.'/v1/appointments'.post.responses", hasKey("422"))
                .body("paths.'/v1/appointments'.post.responses", hasKey("401"))
                .body("paths.'/v1/councils/{gss}'.put.responses", hasKey("412"))
                .body("paths.'/v1/councils/{gss}'.put.responses", hasKey("428"))
                .body("paths.'/v1/councils/{gss}'.get.summary", notNullValue());
        anonymous().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void theAuditListIsForTheDepartmentOnly() {
        analyst().get("/v1/audit").then().statusCode(200);
        reporter("E06000021").get("/v1/audit").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:forbidden"));
        // a cursor this list never issued (base64url of ["x"]) is bad input, not a server error
        analyst().queryParam("cursor", "WyJ4Il0").get("/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        anonymous().get("/v1/audit").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void bearerTokensAreCheckedThroughThePlatformsCacheOfVerifiedTokens() {
        assertInstanceOf(VerifiedTokens.class, Arc.container().instance(JWTParser.class).get());
    }

    @Test
    void anUnknownPathIsA404Problem() {
        analyst().get("/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
    }
}

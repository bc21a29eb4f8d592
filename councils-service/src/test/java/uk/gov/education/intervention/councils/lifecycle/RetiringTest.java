package uk.gov.education.intervention.councils.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.councils.Reconfigured;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;

/**
 * An operation marked platform {@code @Retiring} says so on every answer (Deprecation, RFC 9745;
 * Sunset, RFC 8594; its successor as a Link) and in the contract ({@code deprecated: true}); one that
 * is not says nothing of the kind.
 */
@QuarkusTest
@TestProfile(Reconfigured.class) // builds the service with RetiringProbeResource
class RetiringTest {

    @Test
    void aRetiringOperationAnswersWithDeprecationSunsetAndItsSuccessor() {
        analyst().get("/v1/retiring-probe/old").then().statusCode(200)
                .header("Deprecation", equalTo("@1782864000"))
                .header("Sunset", equalTo("Sun, 03 Jan 2027 00:00:00 GMT"))
                .header("Link", equalTo("</v1/retiring-probe/new>; rel=\"successor-version\""))
                .body("answer", equalTo("as before until the sunset"));
        // a refusal of it says so too, so that a client learns it whatever it gets
        anonymous().get("/v1/retiring-probe/old").then().statusCode(401).header("Deprecation", equalTo("@1782864000"));
    }

    @Test
    void anOperationThatIsNotRetiringSaysNothingOfIt() {
        analyst().get("/v1/retiring-probe/new").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue()).header("Link", nullValue());
        analyst().get("/v1/councils/E06000021").then().statusCode(200).header("Deprecation", nullValue());
    }

    @Test
    void theContractMarksItDeprecated() {
        anonymous().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/retiring-probe/old'.get.deprecated", equalTo(true))
                .body("paths.'/v1/retiring-probe/new'.get", not(hasItem("deprecated")))
                .body("paths.'/v1/retiring-probe/new'.get.deprecated", nullValue());
    }
}

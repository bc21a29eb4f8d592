package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.education.intervention.devkit.Callers.admin;

/** Content types as curl sends them: none at all (the most common mistake), or with a charset. */
@QuarkusTest
class MediaTypesTest {

    @Test
    void curlsDefaultFormTypeIsA415SayingToSendJson() {
        admin().contentType("application/x-www-form-urlencoded").body("{}").post("/v1/directions").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:unsupported-media-type"))
                .body("detail", allOf(startsWith("Content-Type 'application/x-www-form-urlencoded"),
                        containsString("is not accepted here; send Content-Type: application/json."),
                        endsWith("curl -d sends this type unless told otherwise: add -H 'Content-Type: application/json', or use --json.")));
    }

    @Test
    void jsonWithACharsetIsRead() {
        admin().contentType("application/json; charset=utf-8").body("{}").post("/v1/directions")
                .then().statusCode(400).body("type", equalTo("urn:problem-type:intervention:validation"));
    }

}

package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;

import static uk.gov.education.intervention.devkit.Callers.analyst;

/** The request limits and the answers given before the application (platform HttpLimits), run against directions-service. */
@QuarkusTest
class HttpLimitsTest extends uk.gov.education.intervention.devkit.HttpLimitsTest {

    @Override
    protected String readPath() {
        return "/v1/directions";
    }

    @Override
    protected String writePath() {
        return "/v1/directions";
    }

    @Override
    protected long stored() {
        return analyst().queryParam("limit", 200).get("/v1/directions").then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}

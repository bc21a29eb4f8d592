package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;

import static uk.gov.education.intervention.devkit.Callers.analyst;

/** The request limits and the answers given before the application (platform HttpLimits), run against councils-service. */
@QuarkusTest
class HttpLimitsTest extends uk.gov.education.intervention.devkit.HttpLimitsTest {

    @Override
    protected String readPath() {
        return "/v1/councils";
    }

    @Override
    protected String writePath() {
        return "/v1/organisations";
    }

    @Override
    protected long stored() {
        return analyst().queryParam("limit", 200).get("/v1/organisations").then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}

package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;

import static uk.gov.education.intervention.devkit.Callers.analyst;

/** The request limits and the answers given before the application (platform HttpLimits), run against reporting-service. */
@QuarkusTest
class HttpLimitsTest extends uk.gov.education.intervention.devkit.HttpLimitsTest {

    @Override
    protected String readPath() {
        return "/v1/board-meetings";
    }

    @Override
    protected String writePath() {
        return "/v1/board-meetings";
    }

    @Override
    protected long stored() {
        return analyst().queryParam("limit", 200).get("/v1/board-meetings").then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}

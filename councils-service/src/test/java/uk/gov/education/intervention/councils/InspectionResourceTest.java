package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

@QuarkusTest
class InspectionResourceTest {

    @Test
    void stokeInspectionHasTheThreeSubJudgementsTheDirectionStates() {
        analyst().get("/v1/councils/" + STOKE + "/inspections").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].framework", equalTo("ILACS_2018"))
                .body("items[0].publishedOn", equalTo("2019-03-18"))
                .body("items[0].overallEffectiveness", equalTo("INADEQUATE"))
                .body("items[0].judgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE_AND_CARE_LEAVERS"))
                .body("items[0].judgements.judgement", contains("INADEQUATE", "INADEQUATE", "INADEQUATE"))
                .body("items[0].judgements[2].areaName", equalTo("The experiences and progress of children in care and care leavers"));
        analyst().get("/v1/councils/" + MEDWAY).then()
                .body("currentRating.overallEffectiveness", equalTo("INADEQUATE"))
                .body("currentRating.publishedOn", equalTo("2019-08-27"));
    }

    @Test
    void theRatingFollowsTheLatestPublishedInspectionAndIgnoresWithdrawnOnes() {
        // Hull, from the national register, which records no inspection for it
        analyst().get("/v1/councils/E06000010").then().statusCode(200).body("currentRating", nullValue());

        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2019-02-01", "overallEffectiveness", "INADEQUATE"))
                .post("/v1/councils/E06000010/inspections").then().statusCode(201);
        var later = admin().body(Map.of("framework", "ILACS_2023", "inspectionStart", "2024-01-08", "inspectionEnd", "2024-01-19",
                        "publishedOn", "2024-03-01", "overallEffectiveness", "GOOD",
                        "judgements", List.of(Map.of("area", "CARE_LEAVERS", "judgement", "OUTSTANDING"))))
                .post("/v1/councils/E06000010/inspections").then().statusCode(201).extract();
        analyst().get("/v1/councils/E06000010").then()
                .body("currentRating.overallEffectiveness", equalTo("GOOD"))
                .body("currentRating.framework", equalTo("ILACS_2023"));

        String id = later.path("id");
        admin().header("If-Match", later.header("ETag")).body(Map.of("reason", "Recorded against the wrong council"))
                .post("/v1/inspections/" + id + "/withdrawal").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        analyst().get("/v1/councils/E06000010").then()
                .body("currentRating.overallEffectiveness", equalTo("INADEQUATE"));
        analyst().get("/v1/inspections/" + id + "/history").then()
                .body("items.action", contains("created", "withdrawn"));
        admin().header("If-Match", "\"1\"").body(Map.of("reason", "again")).post("/v1/inspections/" + id + "/withdrawal").then()
                .statusCode(409);
    }

    @Test
    void aCursorOfTheRightShapeWhoseKeyDoesNotReadIsBadInput() {
        // base64url of ["not-a-date","not-a-uuid"]: two parts as this list issues, neither of which reads
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("[\"not-a-date\",\"not-a-uuid\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        analyst().queryParam("cursor", forged).get("/v1/councils/" + STOKE + "/inspections").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void areasMustBelongToTheFramework() {
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-01-01", "overallEffectiveness", "GOOD",
                        "judgements", List.of(Map.of("area", "CARE_LEAVERS", "judgement", "GOOD"))))
                .post("/v1/councils/" + MEDWAY + "/inspections").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("judgements[0].area"))
                .body("errors[0].message", containsString("CHILDREN_IN_CARE_AND_CARE_LEAVERS"));
        admin().body(Map.of("framework", "NOPE", "publishedOn", "2020-01-01", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + MEDWAY + "/inspections").then()
                .statusCode(400).body("errors[0].field", equalTo("framework"));
        admin().body(Map.of("framework", "ILACS_2018", "inspectionStart", "2020-01-10", "inspectionEnd", "2020-01-01",
                        "publishedOn", "2020-02-01", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + MEDWAY + "/inspections").then()
                .statusCode(400).body("errors[0].field", equalTo("inspectionEnd"));
        analyst().get("/v1/councils/" + MEDWAY + "/inspections").then().body("items", hasSize(1));
    }

    @Test
    void onlyDfeAdminMayRecordInspections() {
        for (var caller : new io.restassured.specification.RequestSpecification[]{analyst(), commissioner(STOKE), reporter(STOKE)}) {
            caller.body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-02-01", "overallEffectiveness", "GOOD"))
                    .post("/v1/councils/" + STOKE + "/inspections").then().statusCode(403);
        }
        reporter(MEDWAY).get("/v1/councils/" + STOKE + "/inspections").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void frameworksAreReferenceDataWithTheirAreas() {
        analyst().get("/v1/ofsted-frameworks").then()
                .statusCode(200)
                .body("items.code", contains("SIF", "ILACS_2018", "ILACS_2023"))
                .body("items[2].areas.code", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE", "CARE_LEAVERS"));
        analyst().get("/v1/roles").then().statusCode(200).body("items", hasSize(10))
                .body("items.find { it.code == 'IMPROVEMENT_ADVISOR' }.holderKind", equalTo("ORGANISATION"));
    }
}

package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

@QuarkusTest
class PartnershipAndPartyTest {

    static final String ESSEX_ORG = "b0000000-0000-4000-8000-000000000012";

    @Test
    void stokePartnershipIsRequiredBy31January2020() {
        analyst().get("/v1/councils/" + STOKE + "/partnerships").then()
                .statusCode(200)
                .body("items[0].deadline", equalTo("2020-01-31"))
                .body("items[0].status", equalTo("REQUIRED"))
                .body("items[0].partnerOrganisationId", nullValue())
                .body("items[0].instrumentReference", equalTo("E06000021-2019-10-31 7.d"));
    }

    @Test
    void agreeingAPartnershipNeedsAPartnerAndTheDateTermsWereAgreed() {
        // Redcar and Cleveland, from the national register, with no partnership of its own
        var created = admin().body(Map.of("councilGssCode", "E06000003", "deadline", "2021-03-31", "status", "REQUIRED"))
                .post("/v1/partnerships").then().statusCode(201).extract();
        String id = created.path("id");

        Map<String, Object> agreed = new HashMap<>(Map.of("councilGssCode", "E06000003", "deadline", "2021-03-31", "status", "TERMS_AGREED"));
        admin().header("If-Match", created.header("ETag")).body(agreed).put("/v1/partnerships/" + id).then()
                .statusCode(422).body("rule", equalTo("partnership-terms"));
        agreed.put("partnerOrganisationId", ESSEX_ORG);
        agreed.put("termsAgreedOn", "2021-02-15");
        admin().header("If-Match", created.header("ETag")).body(agreed).put("/v1/partnerships/" + id).then()
                .statusCode(200).body("partnerName", equalTo("Essex County Council"));
        analyst().get("/v1/partnerships/" + id + "/history").then().body("items.action", contains("created", "updated"));
        commissioner("E06000003").header("If-Match", "\"1\"").body(agreed).put("/v1/partnerships/" + id).then().statusCode(403);
    }

    @Test
    void peopleAndOrganisationsAreSearchableByName() {
        reporter(STOKE).queryParam("q", "brazil").get("/v1/people").then()
                .statusCode(200).body("items[0].displayName", equalTo("Eleanor Brazil OBE"));
        analyst().queryParam("kind", "LOCAL_AUTHORITY").queryParam("q", "stock").get("/v1/organisations").then()
                .statusCode(200).body("items.councilGssCode", contains("E08000007"));
        analyst().queryParam("kind", "PARISH").get("/v1/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aLocalAuthorityOrganisationNeedsItsCouncil() {
        admin().body(Map.of("name", "Somewhere", "kind", "LOCAL_AUTHORITY")).post("/v1/organisations").then()
                .statusCode(400).body("errors[0].field", equalTo("councilGssCode"));
        admin().body(Map.of("name", "Second Stoke", "kind", "LOCAL_AUTHORITY", "councilGssCode", STOKE)).post("/v1/organisations").then()
                .statusCode(409);
        String id = admin().body(Map.of("name", "West Midlands Regional Improvement Alliance", "kind", "REGIONAL_IMPROVEMENT_ALLIANCE"))
                .post("/v1/organisations").then().statusCode(201).extract().path("id");
        analyst().queryParam("q", "alliance").get("/v1/organisations").then().body("items.id", hasItem(id));
    }

    @Test
    void aRetiredPersonStaysOnRecordButCannotBeAppointed() {
        var created = admin().body(Map.of("fullName", "Retiring Person", "honours", "CBE")).post("/v1/people").then()
                .statusCode(201).body("displayName", equalTo("Retiring Person CBE")).extract();
        String id = created.path("id");
        admin().header("If-Match", created.header("ETag")).body(Map.of("fullName", "Retiring Person", "honours", "DBE"))
                .put("/v1/people/" + id).then().statusCode(200).body("displayName", equalTo("Retiring Person DBE"));
        analyst().get("/v1/people/" + id + "/history").then().body("items[1].changes.honours.to", equalTo("DBE"));
    }
}

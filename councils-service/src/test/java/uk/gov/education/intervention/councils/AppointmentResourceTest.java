package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
class AppointmentResourceTest {

    static final String ELEANOR = "c0000000-0000-4000-8000-000000000001";
    static final String STOCKPORT_ORG = "b0000000-0000-4000-8000-000000000007";
    static final String ESSEX_ORG = "b0000000-0000-4000-8000-000000000012";

    private static Map<String, Object> appointment(String role, String council, String personId, String orgId,
                                                   String startsOn, String endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("roleCode", role);
        body.put("councilGssCode", council);
        if (personId != null) {
            body.put("personId", personId);
        }
        if (orgId != null) {
            body.put("organisationId", orgId);
        }
        body.put("startsOn", startsOn);
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        body.put("instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "test", "date", startsOn));
        return body;
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger(100);

    /** A council of its own for one test, so that tests do not see each other's appointments. */
    private static String freshCouncil() {
        int n = SEQ.incrementAndGet();
        String gss = String.format("E07%06d", n);
        admin().body(Map.of("gssCode", gss, "name", "Test council " + n, "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST"))
                .post("/v1/councils").then().statusCode(201);
        return gss;
    }

    private static String freshPerson() {
        return admin().body(Map.of("fullName", "Test Person " + SEQ.incrementAndGet()))
                .post("/v1/people").then().statusCode(201).extract().path("id");
    }

    /**
     * A local authority of the national register (which records no inspection for it) given a published inspection of
     * the given overall judgement; returns its organisation id.
     */
    private static String authorityRated(String gss, String judgement, String publishedOn) {
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", publishedOn, "overallEffectiveness", judgement,
                        "judgements", java.util.List.of(Map.of("area", "IMPACT_OF_LEADERS", "judgement", judgement))))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(201);
        return admin().body(Map.of("name", "Council " + gss, "kind", "LOCAL_AUTHORITY", "councilGssCode", gss))
                .post("/v1/organisations").then().statusCode(201).extract().path("id");
    }

    @Test
    void stokeSeedAppointmentsAnswerPointInTimeQueries() {
        analyst().queryParam("activeOn", "2019-06-01").get("/v1/councils/" + STOKE + "/appointments").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].holder.name", equalTo("Eleanor Brazil OBE"))
                .body("items[0].basis", equalTo("APPOINTMENT"))
                .body("items[0].instrument.reference", equalTo("E06000021-2019-05-16"))
                .body("items[0].followedById", equalTo("d0000000-0000-4000-8000-000000000002"));

        analyst().queryParam("activeOn", "2020-01-31").get("/v1/councils/" + STOKE + "/appointments").then()
                .statusCode(200)
                .body("items.role.code", containsInAnyOrder("CHILDRENS_SERVICES_COMMISSIONER", "PARTNER_IN_PRACTICE", "PARTNER_IN_PRACTICE"))
                .body("items.holder.name", containsInAnyOrder("Eleanor Brazil OBE", "Stockport Metropolitan Borough Council", "Essex County Council"));

        analyst().queryParam("role", "PARTNER_IN_PRACTICE").get("/v1/councils/" + STOKE + "/appointments").then()
                .body("items.holder.name", containsInAnyOrder("Stockport Metropolitan Borough Council", "Essex County Council"));

        analyst().get("/v1/appointments/d0000000-0000-4000-8000-000000000002").then()
                .statusCode(200)
                .body("basis", equalTo("RE_APPOINTMENT"))
                .body("previousAppointmentId", equalTo("d0000000-0000-4000-8000-000000000001"))
                .body("startsOn", equalTo("2019-10-31"))
                .body("endsOn", nullValue());
    }

    @Test
    void medwayCommissionerWasExtendedOnTheDirectionDate() {
        analyst().queryParam("activeOn", "2020-01-07").get("/v1/councils/" + MEDWAY + "/appointments").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].role.code", equalTo("NON_EXECUTIVE_COMMISSIONER"))
                .body("items[0].basis", equalTo("EXTENSION"))
                .body("items[0].holder.name", equalTo("Eleanor Brazil OBE"));
    }

    @Test
    void queriesByPersonAndByOrganisation() {
        analyst().get("/v1/people/" + ELEANOR + "/appointments").then()
                .statusCode(200).body("items", hasSize(3))
                .body("items.startsOn", contains("2019-05-16", "2019-10-31", "2020-01-07"));
        analyst().queryParam("organisationId", STOCKPORT_ORG).get("/v1/appointments").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].councilGssCode", equalTo(STOKE));
    }

    @Test
    void anImprovementAdvisorWithoutAGoodRatingIsRefusedWithTheRuleNamed() {
        String target = freshCouncil();
        admin().body(appointment("IMPROVEMENT_ADVISOR", target, null, STOCKPORT_ORG, "2020-01-31", null))
                .post("/v1/appointments").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("improvement-advisor-rating"))
                .body("type", equalTo("urn:problem-type:intervention:improvement-advisor-rating"))
                .body("detail", containsString("no published Ofsted inspection"));

        String weak = authorityRated("E06000001", "REQUIRES_IMPROVEMENT", "2019-06-01");
        admin().body(appointment("IMPROVEMENT_ADVISOR", target, null, weak, "2020-01-31", null))
                .post("/v1/appointments").then()
                .statusCode(422)
                .body("rule", equalTo("improvement-advisor-rating"))
                .body("detail", containsString("REQUIRES_IMPROVEMENT"));
        analyst().get("/v1/councils/" + target + "/appointments").then()
                .body("items", hasSize(0));
    }

    @Test
    void aGoodAuthorityMayBeImprovementAdvisorButOnlyFromWhenItWasRatedGood() {
        String strong = authorityRated("E06000002", "GOOD", "2019-12-01");
        String target = freshCouncil();
        admin().body(appointment("IMPROVEMENT_ADVISOR", target, null, strong, "2019-11-30", null))
                .post("/v1/appointments").then().statusCode(422);
        admin().body(appointment("IMPROVEMENT_ADVISOR", target, null, strong, "2020-01-31", null))
                .post("/v1/appointments").then()
                .statusCode(201)
                .body("role.code", equalTo("IMPROVEMENT_ADVISOR"))
                .body("holder.kind", equalTo("ORGANISATION"));
    }

    @Test
    void anAppointmentCannotEndBeforeItStarts() {
        admin().body(appointment("DIRECTOR_OF_CHILDRENS_SERVICES", MEDWAY, freshPerson(), null, "2021-05-01", "2021-04-30"))
                .post("/v1/appointments").then()
                .statusCode(422)
                .body("rule", equalTo("appointment-dates"));
    }

    @Test
    void theSameHolderCannotHoldTheSameRoleTwiceOverOverlappingDates() {
        admin().body(appointment("PARTNER_IN_PRACTICE", STOKE, null, ESSEX_ORG, "2021-01-01", null))
                .post("/v1/appointments").then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:intervention:appointment-overlap"))
                .body("detail", containsString("Essex County Council"));
        analyst().queryParam("organisationId", ESSEX_ORG).get("/v1/appointments").then().body("items", hasSize(1));
    }

    @Test
    void theHolderMustSuitTheRole() {
        admin().body(appointment("CHILDRENS_SERVICES_COMMISSIONER", MEDWAY, null, ESSEX_ORG, "2022-01-01", null))
                .post("/v1/appointments").then().statusCode(422).body("rule", equalTo("holder-kind"));
        admin().body(appointment("CHILDRENS_SERVICES_COMMISSIONER", MEDWAY, ELEANOR, ESSEX_ORG, "2022-01-01", null))
                .post("/v1/appointments").then().statusCode(400);
        admin().body(appointment("NO_SUCH_ROLE", MEDWAY, ELEANOR, null, "2022-01-01", null))
                .post("/v1/appointments").then().statusCode(400).body("errors[0].field", equalTo("roleCode"));
    }

    @Test
    void renewalKeepsTheHistoryAndEndsThePreviousAppointment() {
        var created = admin().body(appointment("DIRECTOR_OF_CHILDRENS_SERVICES", freshCouncil(), freshPerson(), null, "2023-01-01", null))
                .post("/v1/appointments").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        String nextId = admin().header("If-Match", etag)
                .body(Map.of("basis", "EXTENSION", "startsOn", "2024-01-01",
                        "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "extension letter")))
                .post("/v1/appointments/" + id + "/renewals").then()
                .statusCode(201)
                .body("basis", equalTo("EXTENSION"))
                .body("previousAppointmentId", equalTo(id))
                .extract().path("id");

        analyst().get("/v1/appointments/" + id).then()
                .body("endsOn", equalTo("2023-12-31"))
                .body("followedById", equalTo(nextId));
        analyst().get("/v1/appointments/" + id + "/history").then()
                .body("items.action", contains("created", "superseded"))
                .body("items[1].changes.endsOn.to", equalTo("2023-12-31"));

        admin().header("If-Match", "\"1\"")
                .body(Map.of("basis", "EXTENSION", "startsOn", "2025-01-01", "instrument", Map.of("type", "OTHER")))
                .post("/v1/appointments/" + id + "/renewals").then()
                .statusCode(409).body("type", equalTo("urn:problem-type:intervention:appointment-already-renewed"));
    }

    @Test
    void endingNeedsIfMatchAndADateAfterTheStart() {
        var created = admin().body(appointment("IMPROVEMENT_BOARD_CHAIR", freshCouncil(), freshPerson(), null, "2022-06-01", null))
                .post("/v1/appointments").then().statusCode(201).extract();
        String id = created.path("id");
        admin().body(Map.of("endsOn", "2022-12-31", "reason", "Term over")).post("/v1/appointments/" + id + "/end").then()
                .statusCode(428);
        admin().header("If-Match", created.header("ETag")).body(Map.of("endsOn", "2022-05-01", "reason", "Term over"))
                .post("/v1/appointments/" + id + "/end").then().statusCode(422);
        admin().header("If-Match", created.header("ETag")).body(Map.of("endsOn", "2022-12-31", "reason", "Term over"))
                .post("/v1/appointments/" + id + "/end").then()
                .statusCode(200).body("endsOn", equalTo("2022-12-31")).body("endReason", equalTo("Term over"));
    }

    @Test
    void onlyDfeAdminMayAppoint() {
        for (var caller : new io.restassured.specification.RequestSpecification[]{analyst(), commissioner(STOKE), reporter(STOKE)}) {
            caller.body(appointment("DIRECTOR_OF_CHILDRENS_SERVICES", STOKE, ELEANOR, null, "2030-01-01", null))
                    .post("/v1/appointments").then().statusCode(403);
            caller.header("If-Match", "\"0\"").body(Map.of("endsOn", "2030-01-01", "reason", "x"))
                    .post("/v1/appointments/d0000000-0000-4000-8000-000000000002/end").then().statusCode(403);
        }
        analyst().queryParam("role", "DIRECTOR_OF_CHILDRENS_SERVICES").get("/v1/councils/" + STOKE + "/appointments").then()
                .body("items", hasSize(0));
        reporter(MEDWAY).get("/v1/appointments/d0000000-0000-4000-8000-000000000002").then().statusCode(200);
    }

    @Test
    void badQueryParametersAreProblems() {
        analyst().queryParam("activeOn", "31/01/2020").get("/v1/appointments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("activeOn"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        analyst().queryParam("personId", "nobody").get("/v1/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("personId"));
        analyst().queryParam("council", "stoke").get("/v1/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("council"));
        analyst().get("/v1/appointments/not-a-uuid").then().statusCode(404);
    }
}

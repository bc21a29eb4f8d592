package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/** Issue 10: the facts the seeds state, under the right framework, each with its source and the basis of each date. */
@QuarkusTest
class FactProvenanceTest {

    private static final String STOKE_INSPECTION = "a0000000-0000-4000-8000-000000000001";
    private static final String MEDWAY_INSPECTION = "a0000000-0000-4000-8000-000000000002";
    private static final String STOCKPORT = "E08000007";
    private static final String ESSEX = "E10000012";
    private static final AtomicInteger SEQ = new AtomicInteger(400);

    @Test
    void stokeInspectionOf2019IsUnderIlacsWithItsAreasEachWithItsSource() {
        analyst().get("/v1/inspections/" + STOKE_INSPECTION).then().statusCode(200)
                .body("framework", equalTo("ILACS_2018"))
                .body("publishedOn", equalTo("2019-03-18"))
                .body("publishedOnBasis", equalTo("STATED"))
                .body("source", containsString("Direction to Stoke-on-Trent City Council, 31 October 2019, recital 1"))
                .body("source", containsString("inferred from the publication date"))
                .body("judgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE_AND_CARE_LEAVERS"))
                .body("judgements.areaName", contains("The impact of leaders on social work practice with children and families",
                        "The experiences and progress of children who need help and protection",
                        "The experiences and progress of children in care and care leavers"))
                .body("judgements.judgement", everyItem(equalTo("INADEQUATE")))
                .body("judgements.source", everyItem(containsString("recital 3.a")))
                .body("judgements[2].source", containsString("'children looked after and achieving permanence'"));
        analyst().get("/v1/councils/" + STOKE).then().body("currentRating.framework", equalTo("ILACS_2018"));
        // Medway's report states two areas: only those are recorded
        analyst().get("/v1/inspections/" + MEDWAY_INSPECTION).then().statusCode(200)
                .body("framework", equalTo("ILACS_2018"))
                .body("judgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION"))
                .body("judgements.source", everyItem(equalTo("Direction to Medway Council, 7 January 2020, recital 3.a")));
    }

    @Test
    void sifEndsWhenIlacsBeginsAndAnInspectionOutsideItsFrameworksPeriodIsRefused() {
        analyst().get("/v1/ofsted-frameworks/SIF").then().statusCode(200).body("inForceTo", equalTo("2017-12-31"));
        analyst().get("/v1/ofsted-frameworks/ILACS_2018").then().statusCode(200).body("inForceFrom", equalTo("2018-01-01"));
        String gss = freshCouncil();

        admin().body(Map.of("framework", "SIF", "publishedOn", "2018-03-01", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then()
                .statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("framework-in-force"))
                .body("detail", containsString("SIF was in force from 2013-11-01 to 2017-12-31"))
                .body("detail", containsString("give inspectionStart"));
        admin().body(Map.of("framework", "SIF", "inspectionStart", "2018-01-08", "publishedOn", "2018-03-01", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(422).body("rule", equalTo("framework-in-force"));
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2017-12-20", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(422).body("rule", equalTo("framework-in-force"));
        analyst().get("/v1/councils/" + gss + "/inspections").then().body("items", empty());

        // carried out under SIF in 2017, published after it ended: recorded with the date it began
        admin().body(Map.of("framework", "SIF", "inspectionStart", "2017-11-20", "inspectionEnd", "2017-12-01",
                        "publishedOn", "2018-01-25", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(201)
                .body("inspectionStartBasis", equalTo("STATED")).body("inspectionEndBasis", equalTo("STATED"))
                .body("publishedOnBasis", equalTo("STATED"));
    }

    @Test
    void seededAppointmentsAndArrangementsShowTheirSourceAndTheBasisOfEachDate() {
        analyst().get("/v1/appointments/d0000000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("startsOn", equalTo("2019-05-16")).body("startsOnBasis", equalTo("INFERRED"))
                .body("endsOn", equalTo("2019-10-30")).body("endsOnBasis", equalTo("INFERRED"))
                .body("source", containsString("31 October 2019, recital 2"));
        analyst().get("/v1/appointments/d0000000-0000-4000-8000-000000000002").then()
                .body("startsOn", equalTo("2019-10-31")).body("startsOnBasis", equalTo("INFERRED"))
                .body("endsOnBasis", nullValue()).body("source", containsString("recital 5"));
        analyst().get("/v1/appointments/d0000000-0000-4000-8000-000000000003").then()
                .body("startsOn", equalTo("2020-01-07")).body("startsOnBasis", equalTo("INFERRED"))
                .body("source", equalTo("Direction to Medway Council, 7 January 2020, recital 6 and Annex B (terms of reference)"));
        for (String id : List.of("d0000000-0000-4000-8000-000000000004", "d0000000-0000-4000-8000-000000000005")) {
            analyst().get("/v1/appointments/" + id).then().statusCode(200)
                    .body("role.code", equalTo("PARTNER_IN_PRACTICE"))
                    .body("startsOn", nullValue())
                    .body("startsOnBasis", equalTo("UNKNOWN"))
                    .body("knownFrom", equalTo("2019-10-31"))
                    .body("instrument.type", equalTo("UNKNOWN"))
                    .body("instrument.reference", nullValue())
                    .body("source", containsString("recital 3.b"))
                    .body("source", containsString("7.b"));
        }
        analyst().queryParam("council", STOKE).get("/v1/partnerships").then().statusCode(200)
                .body("items[0].deadline", equalTo("2020-01-31"))
                .body("items[0].deadlineBasis", equalTo("STATED"))
                .body("items[0].source", equalTo("Direction to Stoke-on-Trent City Council, 31 October 2019, 7.d"));
        analyst().get("/v1/councils/" + MEDWAY + "/appointments").then().statusCode(200)
                .body("items.source", everyItem(not(nullValue())));
    }

    @Test
    void thePartnersInPracticeCountFromTheDateTheSourceShowsThemInPlace() {
        for (String partner : List.of(STOCKPORT, ESSEX)) {
            analyst().queryParam("organisationGssCode", partner).queryParam("council", STOKE).queryParam("on", "2019-10-31")
                    .get("/v1/role-holdings").then().statusCode(200)
                    .body("holdings", hasSize(1))
                    .body("holdings[0].roleCode", equalTo("PARTNER_IN_PRACTICE"))
                    .body("holdings[0].startsOn", nullValue())
                    .body("holdings[0].startsOnBasis", equalTo("UNKNOWN"))
                    .body("holdings[0].knownFrom", equalTo("2019-10-31"))
                    .body("filledRoles", hasItem("PARTNER_IN_PRACTICE"));
            analyst().queryParam("organisationGssCode", partner).queryParam("council", STOKE).queryParam("on", "2019-10-30")
                    .get("/v1/role-holdings").then().statusCode(200).body("holdings", empty());
        }
        analyst().queryParam("activeOn", "2019-10-31").queryParam("role", "PARTNER_IN_PRACTICE")
                .get("/v1/councils/" + STOKE + "/appointments").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void anAppointmentWithAnUnknownStartIsRecordedAsSuchAndCountsFromItsKnownDate() {
        String gss = freshCouncil();
        String org = freshOrganisation();
        Map<String, Object> body = appointment(gss, org);
        body.put("knownFrom", "2021-03-01");
        body.put("source", "Letter from the Department to the council, 1 March 2021, paragraph 2");
        var created = admin().body(body).post("/v1/appointments").then().statusCode(201)
                .body("startsOn", nullValue())
                .body("startsOnBasis", equalTo("UNKNOWN"))
                .body("knownFrom", equalTo("2021-03-01"))
                .body("source", equalTo("Letter from the Department to the council, 1 March 2021, paragraph 2"))
                .extract();
        String id = created.path("id");
        analyst().get("/v1/appointments/" + id).then().statusCode(200)
                .body("startsOnBasis", equalTo("UNKNOWN")).body("startsOn", nullValue()).body("knownFrom", equalTo("2021-03-01"));

        analyst().queryParam("organisationId", org).queryParam("council", gss).queryParam("on", "2021-03-01")
                .get("/v1/role-holdings").then().statusCode(200)
                .body("holdings.appointmentId", contains(id)).body("filledRoles", contains("PARTNER_IN_PRACTICE"));
        analyst().queryParam("organisationId", org).queryParam("council", gss).queryParam("on", "2021-02-28")
                .get("/v1/role-holdings").then().statusCode(200).body("holdings", empty()).body("filledRoles", empty());
        analyst().queryParam("activeOn", "2021-02-28").get("/v1/councils/" + gss + "/appointments").then().body("items", empty());
        analyst().queryParam("activeOn", "2022-01-01").get("/v1/councils/" + gss + "/appointments").then().body("items.id", contains(id));

        // the same holder cannot hold the role again over the period it is known to hold it
        Map<String, Object> again = appointment(gss, org);
        again.put("startsOn", "2021-06-01");
        admin().body(again).post("/v1/appointments").then().statusCode(409).body("detail", containsString("from 2021-03-01"));
        // it can be ended, and the end is stated by default
        admin().header("If-Match", created.header("ETag")).body(Map.of("endsOn", "2021-12-31", "reason", "Support ended"))
                .post("/v1/appointments/" + id + "/end").then().statusCode(200)
                .body("endsOn", equalTo("2021-12-31")).body("endsOnBasis", equalTo("STATED"));
    }

    @Test
    void aDateGivenWithoutABasisIsStatedAndAnInferredOneNamesItsSource() {
        String gss = freshCouncil();
        Map<String, Object> body = appointment(gss, freshOrganisation());
        body.put("startsOn", "2021-04-01");
        admin().body(body).post("/v1/appointments").then().statusCode(201)
                .body("startsOnBasis", equalTo("STATED")).body("knownFrom", nullValue()).body("source", nullValue());

        Map<String, Object> inferred = appointment(gss, freshOrganisation());
        inferred.put("startsOn", "2021-04-01");
        inferred.put("startsOnBasis", "INFERRED");
        inferred.put("endsOn", "2021-09-30");
        inferred.put("endsOnBasis", "INFERRED");
        inferred.put("source", "Minutes of the Improvement Board, 12 April 2021, item 3 (dates inferred from the minutes' date)");
        admin().body(inferred).post("/v1/appointments").then().statusCode(201)
                .body("startsOnBasis", equalTo("INFERRED")).body("endsOnBasis", equalTo("INFERRED"));
    }

    @Test
    void badProvenanceIsRefusedWithAProblemAndStoresNothing() {
        String gss = freshCouncil();
        String org = freshOrganisation();
        refused(gss, org, b -> b.put("startsOnBasis", "GUESSED"), null);
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("startsOnBasis", "UNKNOWN");
        }, "startsOnBasis");
        refused(gss, org, b -> b.put("source", "Letter, paragraph 1"), "knownFrom");
        refused(gss, org, b -> b.put("knownFrom", "2021-03-01"), "source");
        refused(gss, org, b -> {
            b.put("knownFrom", "2021-03-01");
            b.put("startsOnBasis", "INFERRED");
            b.put("source", "Letter, paragraph 1");
        }, "startsOnBasis");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("knownFrom", "2021-03-01");
        }, "knownFrom");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("startsOnBasis", "INFERRED");
        }, "source");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("endsOnBasis", "STATED");
        }, "endsOnBasis");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("source", "   ");
        }, "source");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("source", "Letter,\nparagraph 1");
        }, "source");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("source", "x".repeat(1001));
        }, "source");
        refused(gss, org, b -> {
            b.put("startsOn", "2021-04-01");
            b.put("source", List.of("not", "text"));
        }, null);
        analyst().get("/v1/councils/" + gss + "/appointments").then().statusCode(200).body("items", empty());

        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-01-01", "publishedOnBasis", "UNKNOWN", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedOnBasis"));
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-01-01", "publishedOnBasis", "INFERRED", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(400).body("errors[0].field", equalTo("source"));
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-01-01", "inspectionEndBasis", "STATED", "overallEffectiveness", "GOOD"))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(400).body("errors[0].field", equalTo("inspectionEndBasis"));
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-01-01", "overallEffectiveness", "GOOD",
                        "judgements", List.of(Map.of("area", "IMPACT_OF_LEADERS", "judgement", "GOOD", "source", "x".repeat(1001)))))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(400).contentType("application/problem+json");
        admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2020-01-01", "overallEffectiveness", "GOOD",
                        "judgements", List.of(Map.of("area", "IMPACT_OF_LEADERS", "judgement", "GOOD", "source", " "))))
                .post("/v1/councils/" + gss + "/inspections").then().statusCode(400).body("errors[0].field", equalTo("judgements[0].source"));
        analyst().get("/v1/councils/" + gss + "/inspections").then().body("items", empty());

        admin().body(Map.of("councilGssCode", gss, "status", "REQUIRED", "deadlineBasis", "STATED"))
                .post("/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("deadlineBasis"));
        admin().body(Map.of("councilGssCode", gss, "status", "REQUIRED", "deadline", "2021-03-31", "deadlineBasis", "INFERRED"))
                .post("/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("source"));
        analyst().queryParam("council", gss).get("/v1/partnerships").then().statusCode(200).body("items", empty());
    }

    private static void refused(String gss, String org, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = appointment(gss, org);
        change.accept(body);
        ValidatableResponse r = admin().body(body).post("/v1/appointments").then()
                .statusCode(400).contentType("application/problem+json");
        if (field != null) {
            r.body("errors[0].field", equalTo(field));
        }
    }

    /** A Partner in Practice appointment for the council, with no start given. */
    private static Map<String, Object> appointment(String gss, String org) {
        Map<String, Object> body = new HashMap<>();
        body.put("roleCode", "PARTNER_IN_PRACTICE");
        body.put("councilGssCode", gss);
        body.put("organisationId", org);
        body.put("instrument", Map.of("type", "UNKNOWN"));
        return body;
    }

    private static String freshCouncil() {
        int n = SEQ.incrementAndGet();
        String gss = String.format("E07%06d", 700000 + n);
        admin().body(Map.of("gssCode", gss, "name", "Provenance council " + n, "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST"))
                .post("/v1/councils").then().statusCode(201);
        return gss;
    }

    private static String freshOrganisation() {
        return admin().body(Map.of("name", "Provenance partner " + SEQ.incrementAndGet(), "kind", "OTHER"))
                .post("/v1/organisations").then().statusCode(201).extract().path("id");
    }
}

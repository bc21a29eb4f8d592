package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.Callers;
import uk.gov.education.intervention.devkit.DevTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;
import static uk.gov.education.intervention.reporting.SubmissionResourceTest.submit;

/**
 * Councils' improvement plans over HTTP: who reads and changes them, their ETags and bounds, the plan at a
 * date and between board meetings, and reports whose accepted sections update them. Stoke-on-Trent's plan is
 * shared with the access matrix; Medway's and Stockport's are this test's.
 */
@QuarkusTest
class ImprovementPlanResourceTest extends StandInTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 15);

    @Override
    LocalDate today() {
        return TODAY;
    }

    static String plan(String gss) {
        return "/v1/councils/" + gss + "/improvement-plan";
    }

    /** The council's plan, started by dfe-admin unless it was; its ETag. */
    static String planEtag(String gss) {
        int status = admin().post(plan(gss)).then().extract().statusCode();
        assertEquals(true, status == 201 || status == 200, "start: " + status);
        return admin().get(plan(gss)).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> action(String statement) {
        return map("statement", statement, "stage", "HELP_AND_PROTECTION",
                "owner", map("kind", "ROLE", "reference", "DIRECTOR_OF_CHILDRENS_SERVICES"), "targetDate", "2023-12-31");
    }

    /** Adds an action as this caller (expecting 201); its id. */
    static String addAction(RequestSpecification as, String gss, String statement) {
        return as.header("If-Match", planEtag(gss)).body(action(statement)).post(plan(gss) + "/actions")
                .then().statusCode(201).body("status", equalTo("NOT_STARTED")).extract().path("id");
    }

    static String addMeasure(String gss, String name) {
        return admin().header("If-Match", planEtag(gss)).body(map("name", name, "unit", "%", "target", 80, "direction", "HIGHER_IS_BETTER"))
                .post(plan(gss) + "/measures").then().statusCode(201).extract().path("id");
    }

    static ExtractableResponse<Response> setStatus(RequestSpecification as, String gss, String action, String status, String evidence, int expected) {
        return as.header("If-Match", planEtag(gss)).body(map("status", status, "evidence", evidence))
                .post(plan(gss) + "/actions/" + action + "/status-changes").then().statusCode(expected).extract();
    }

    private static int revision(String gss) {
        return admin().get(plan(gss)).then().statusCode(200).extract().path("revision");
    }

    @Test
    void theCouncilAndItsPartnersReadThePlanAndOnlyItsCommissionerDcsAndDfeAdminChangeIt() {
        String action = addAction(admin(), STOKE, "Audit every child protection plan over 18 months old.");
        // Stockport is Stoke-on-Trent's Partner in Practice: it reads the plan, but not who in the council changed it
        reporter(STOCKPORT).get(plan(STOKE)).then().statusCode(200).body("councilGssCode", equalTo(STOKE))
                .body("actions.find { it.id == '" + action + "' }.history[0].recordedBy", nullValue());
        reporter(STOKE).get(plan(STOKE)).then().statusCode(200)
                .body("actions.find { it.id == '" + action + "' }.history[0].recordedBy", notNullValue());
        analyst().get(plan(STOKE)).then().statusCode(200);
        reporter(MEDWAY).get(plan(STOKE)).then().statusCode(403).contentType("application/problem+json").body("rule", equalTo("council-access"));
        // no standing: 403 before anything of the plan, whether it exists or not
        reporter(MEDWAY).get(plan(ESSEX)).then().statusCode(403);
        reporter(MEDWAY).header("If-Match", "\"0\"").body(map("status", "DONE", "evidence", "x"))
                .post(plan(STOKE) + "/actions/" + java.util.UUID.randomUUID() + "/status-changes").then().statusCode(403);

        String etag = planEtag(STOKE);
        for (RequestSpecification reader : List.of(reporter(STOCKPORT), reporter(STOKE))) {
            reader.header("If-Match", etag).body(action("Not mine to add.")).post(plan(STOKE) + "/actions").then().statusCode(403)
                    .body("rule", equalTo("plan-writer"));
        }
        analyst().header("If-Match", etag).body(action("Not mine to add.")).post(plan(STOKE) + "/actions").then().statusCode(403);
        commissionerOnlyOf(MEDWAY).header("If-Match", etag).body(action("Not mine.")).post(plan(STOKE) + "/actions").then().statusCode(403)
                .body("rule", equalTo("council-access"));
        assertEquals(etag, planEtag(STOKE), "refusals change nothing");

        addAction(commissioner(STOKE), STOKE, "Reduce caseloads to 18 per worker.");
        // the person appointed DCS (a council-reporter of their own) changes the plan while appointed
        Downstream.appoint("DIRECTOR_OF_CHILDRENS_SERVICES", STOKE, "c0000000-0000-4000-8000-0000000dc502", null, LocalDate.of(2022, 1, 1), null);
        Downstream.linkIdentity(DevTokens.subject("council-reporter", STOKE, "dcs"), "c0000000-0000-4000-8000-0000000dc502");
        RequestSpecification dcs = Callers.person("council-reporter", STOKE, "dcs");
        setStatus(dcs, STOKE, action, "ON_TRACK", "Twelve plans audited in May.", 200).path("status");
        Downstream.endAppointmentsOfPerson("c0000000-0000-4000-8000-0000000dc502", STOKE, TODAY.minusDays(1));
        setStatus(Callers.person("council-reporter", STOKE, "dcs"), STOKE, action, "AT_RISK", "Behind.", 403);
    }

    @Test
    void everyWriteNamesThePlansCurrentETag() {
        String action = addAction(admin(), STOKE, "Recruit twelve permanent social workers.");
        Map<String, Object> body = map("status", "ON_TRACK", "evidence", "Eight offers made.");
        String url = plan(STOKE) + "/actions/" + action + "/status-changes";
        admin().body(body).post(url).then().statusCode(428);
        String etag = planEtag(STOKE);
        admin().header("If-Match", "\"999999\"").body(body).post(url).then().statusCode(412);
        String next = admin().header("If-Match", etag).body(body).post(url).then().statusCode(200).body("status", equalTo("ON_TRACK"))
                .body("history.status", equalTo(List.of("NOT_STARTED", "ON_TRACK"))).extract().header("ETag");
        assertNotEquals(etag, next);
        assertEquals(next, planEtag(STOKE));
        // a second writer with the first ETag loses: nothing it says is stored
        admin().header("If-Match", etag).body(map("status", "AT_RISK", "evidence", "x")).post(url).then().statusCode(412);
        admin().header("If-Match", next).body(action("Recruit twelve permanent social workers by March."))
                .put(plan(STOKE) + "/actions/" + action).then().statusCode(200).body("status", equalTo("ON_TRACK"))
                .body("statement", equalTo("Recruit twelve permanent social workers by March."));
        // starting a plan already started answers it as it stands
        admin().post(plan(STOKE)).then().statusCode(200).header("ETag", equalTo(planEtag(STOKE)));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String action = addAction(admin(), STOKE, "Bring the front door's decisions within 24 hours.");
        String measure = addMeasure(STOKE, "Contacts decided within 24 hours");
        int before = revision(STOKE);
        String etag = planEtag(STOKE);
        List<Object[]> bad = List.of(
                new Object[]{"/actions", map("stage", "HELP_AND_PROTECTION", "owner", map("kind", "ROLE", "reference", "DCS"),
                        "targetDate", "2023-12-31"), "statement"},
                new Object[]{"/actions", map("statement", "x", "stage", "SOON", "owner", map("kind", "ROLE", "reference", "DCS"),
                        "targetDate", "2023-12-31"), "stage"},
                new Object[]{"/actions", map("statement", "x", "stage", "CARE_LEAVERS", "owner", map("kind", "ROLE", "reference", "D C S"),
                        "targetDate", "2023-12-31"), "owner.reference"},
                new Object[]{"/actions", map("statement", "x".repeat(2001), "stage", "CARE_LEAVERS",
                        "owner", map("kind", "ROLE", "reference", "DCS"), "targetDate", "2023-12-31"), "statement"},
                new Object[]{"/actions", map("statement", "x", "stage", "CARE_LEAVERS", "owner", map("kind", "ROLE", "reference", "DCS"),
                        "targetDate", "2300-01-01"), "targetDate"},
                new Object[]{"/actions/" + action + "/status-changes", map("status", "AT_RISK", "evidence", " "), "evidence"},
                new Object[]{"/measures", map("name", "x", "unit", "%", "target", 1e20, "direction", "HIGHER_IS_BETTER"), "target"},
                new Object[]{"/measures/" + measure + "/values", map("period", "2023-13", "value", 1), "period"},
                new Object[]{"/measures/" + measure + "/values", map("period", "2023-01-01/2024-06-30", "value", 1), "period"},
                new Object[]{"/measures/" + measure + "/values", map("period", "2023-05", "value", 0.00001), "value"});
        for (Object[] b : bad) {
            admin().header("If-Match", etag).body(b[1]).post(plan(STOKE) + b[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(b[2]));
        }
        admin().header("If-Match", etag).body(map("status", "NOT_STARTED", "evidence", "Still not started."))
                .post(plan(STOKE) + "/actions/" + action + "/status-changes").then().statusCode(422).body("rule", equalTo("action-status-unchanged"));
        admin().header("If-Match", etag).body(map("period", "2023-05", "value", 1))
                .post(plan(STOKE) + "/measures/" + java.util.UUID.randomUUID() + "/values").then().statusCode(404);
        admin().queryParam("asOf", "2300-01-01").get(plan(STOKE)).then().statusCode(400);
        admin().queryParam("limit", 0).get(plan(STOKE) + "/changes").then().statusCode(400);
        admin().queryParam("cursor", "garbage").get(plan(STOKE) + "/changes").then().statusCode(400);
        assertEquals(before, revision(STOKE));

        setStatus(admin(), STOKE, action, "DONE", "Decisions within 24 hours since April.", 200);
        setStatus(admin(), STOKE, action, "ON_TRACK", "Reopened.", 422).path("rule");
        assertEquals("action-done", setStatus(admin(), STOKE, action, "AT_RISK", "Reopened.", 422).path("rule"));
    }

    @Test
    void thePlanAsItStoodOnADayAndWhatChangedBetweenTwoBoardMeetings() {
        clock.setToday(LocalDate.of(2024, 1, 20));
        String action = addAction(admin(), STOCKPORT, "Stand up a multi-agency front door.");
        clock.setToday(LocalDate.of(2024, 2, 10));
        setStatus(admin(), STOCKPORT, action, "ON_TRACK", "Police and health staff co-located.", 200);
        clock.setToday(LocalDate.of(2024, 3, 5));
        setStatus(admin(), STOCKPORT, action, "AT_RISK", "Health staff withdrawn.", 200);
        clock.setToday(LocalDate.of(2024, 3, 10));
        String february = meeting(STOCKPORT, "2024-02-01");
        String march = meeting(STOCKPORT, "2024-03-01");

        String find = "actions.find { it.id == '" + action + "' }";
        reporter(STOCKPORT).queryParam("asOf", "2024-01-31").get(plan(STOCKPORT)).then().statusCode(200)
                // a past state is no version to change from: its tag is the body's hash, which no If-Match accepts
                .header("ETag", not(matchesPattern("\"\\d+\""))).body("asOf", equalTo("2024-01-31")).body(find + ".status", equalTo("NOT_STARTED"));
        reporter(STOCKPORT).queryParam("asOf", "2024-02-10").get(plan(STOCKPORT)).then().statusCode(200)
                .body(find + ".status", equalTo("ON_TRACK")).body(find + ".evidence", equalTo("Police and health staff co-located."));
        reporter(STOCKPORT).get(plan(STOCKPORT)).then().statusCode(200).header("ETag", notNullValue()).body(find + ".status", equalTo("AT_RISK"));
        reporter(STOCKPORT).queryParam("asOf", "2024-01-19").get(plan(STOCKPORT)).then().statusCode(200)
                .body("actions.id", not(hasItem(action)));

        admin().queryParam("fromMeeting", february).queryParam("toMeeting", march).get(plan(STOCKPORT) + "/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("ACTION_STATUS"))).body("items[0].status", equalTo("ON_TRACK"))
                .body("items[0].actionId", equalTo(action));
        admin().queryParam("from", "2024-03-01").queryParam("to", "2024-03-31").get(plan(STOCKPORT) + "/changes").then().statusCode(200)
                .body("items.status", equalTo(List.of("AT_RISK")));
        var first = admin().queryParam("limit", 1).get(plan(STOCKPORT) + "/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("ACTION_ADDED"))).extract();
        admin().queryParam("limit", 1).queryParam("cursor", (String) first.path("next")).get(plan(STOCKPORT) + "/changes").then()
                .statusCode(200).body("items.status", equalTo(List.of("ON_TRACK")));

        admin().queryParam("fromMeeting", march).queryParam("toMeeting", february).get(plan(STOCKPORT) + "/changes").then().statusCode(400);
        admin().queryParam("fromMeeting", february).get(plan(STOCKPORT) + "/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("toMeeting"));
        admin().queryParam("fromMeeting", february).queryParam("toMeeting", march).queryParam("from", "2024-01-01")
                .get(plan(STOCKPORT) + "/changes").then().statusCode(400);
        admin().queryParam("from", "2024-03-01").queryParam("to", "2024-02-01").get(plan(STOCKPORT) + "/changes").then().statusCode(400);
        admin().queryParam("fromMeeting", february).queryParam("toMeeting", java.util.UUID.randomUUID())
                .get(plan(STOCKPORT) + "/changes").then().statusCode(404);
        reporter(STOKE).get(plan(STOCKPORT) + "/changes").then().statusCode(403);
    }

    @Test
    void anAcceptedReportsPlanUpdatesLandInThePlanAndAReturnedOnesDoNot() {
        String action = addAction(admin(), MEDWAY, "Every care leaver has a personal adviser within 4 weeks.");
        String measure = addMeasure(MEDWAY, "Care leavers with a personal adviser");
        Map<String, Object> updates = map("actions", List.of(map("actionId", action, "status", "ON_TRACK", "evidence", "41 of 44 allocated.")),
                "measures", List.of(map("measureId", measure, "period", "2023-05", "value", 93.2)));

        // checked when pushed: a bad update refuses the whole push, and no report is stored
        pushRefused(map("actions", List.of(map("actionId", java.util.UUID.randomUUID().toString(), "status", "ON_TRACK", "evidence", "x"))),
                400, "sections[COUNCIL].planUpdates.actions[0].actionId");
        pushRefused(map("actions", List.of(map("actionId", action, "status", "ON_TRACK"))), 400, "sections[COUNCIL].planUpdates.actions[0].evidence");
        pushRefused(map("measures", List.of(map("measureId", measure, "period", "2023-05", "value", 1, "colour", "red"))), 400,
                "sections[COUNCIL].planUpdates.measures[0].colour");
        pushRefused(map("actions", List.of(map("actionId", action, "status", "NOT_STARTED", "evidence", "x"))), 422, null);
        pushRefused("all done", 400, "sections[0].planUpdates");
        analyst().queryParam("council", MEDWAY).queryParam("limit", 200).get("/v1/submissions").then().statusCode(200)
                .body("items.title", not(hasItem("Refused report")));

        int before = revision(MEDWAY);
        var returned = report("Progress in May", updates);
        commissioner(MEDWAY).header("If-Match", returned.header("ETag")).body(map("decision", "RETURN", "comments", "Say more."))
                .post("/v1/submissions/" + returned.path("id") + "/reviews").then().statusCode(200);
        assertEquals(before, revision(MEDWAY), "a returned report changes nothing in the plan");

        var accepted = report("Progress in May, again", updates);
        String id = accepted.path("id");
        commissioner(MEDWAY).header("If-Match", accepted.header("ETag")).body(map("decision", "ACCEPT"))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200);
        String find = "actions.find { it.id == '" + action + "' }";
        String m = "measures.find { it.id == '" + measure + "' }";
        reporter(MEDWAY).get(plan(MEDWAY)).then().statusCode(200).body("revision", equalTo(before + 2))
                .body(find + ".status", equalTo("ON_TRACK"))
                .body(find + ".history[1].source.submissionId", equalTo(id)).body(find + ".history[1].source.version", equalTo(1))
                .body(m + ".latest.value", equalTo(93.2f)).body(m + ".latest.period", equalTo("2023-05"))
                .body(m + ".latest.source.submissionId", equalTo(id)).body(m + ".meetsTarget", equalTo(true));
        admin().get("/v1/submissions/" + id).then().statusCode(200).body("sections[0].planUpdates.actions[0].actionId", equalTo(action));
        analyst().queryParam("entityType", "improvement-plan").queryParam("entityId", MEDWAY).queryParam("limit", 200).get("/v1/audit")
                .then().statusCode(200).body("items.action", hasItem("action-status"));

        // an update that no longer applies when the report is reviewed refuses the acceptance, and nothing changes
        var stale = report("Progress in June", map("actions", List.of(map("actionId", action, "status", "AT_RISK", "evidence", "Two left."))));
        setStatus(admin(), MEDWAY, action, "DONE", "All 44 allocated.", 200);
        int done = revision(MEDWAY);
        commissioner(MEDWAY).header("If-Match", stale.header("ETag")).body(map("decision", "ACCEPT"))
                .post("/v1/submissions/" + stale.path("id") + "/reviews").then().statusCode(422).body("rule", equalTo("plan-update-stale"));
        admin().get("/v1/submissions/" + stale.path("id")).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertEquals(done, revision(MEDWAY));
    }

    private static ExtractableResponse<Response> report(String title, Object updates) {
        return submit(reporter(MEDWAY), map("councilGssCode", MEDWAY, "title", title,
                "sections", List.of(map("contributor", "COUNCIL", "narrative", title + ".", "planUpdates", updates))), 201);
    }

    private static void pushRefused(Object updates, int status, String field) {
        var r = submit(reporter(MEDWAY), map("councilGssCode", MEDWAY, "title", "Refused report",
                "sections", List.of(map("contributor", "COUNCIL", "narrative", "x", "planUpdates", updates))), status);
        assertEquals(true, r.contentType().startsWith("application/problem+json"), r.contentType());
        if (field != null) {
            assertEquals(field, r.path("errors[0].field"));
        }
    }

    private static String meeting(String gss, String day) {
        return admin().body(map("councilGssCode", gss, "meetsOn", day, "notes", "Board")).post("/v1/board-meetings")
                .then().statusCode(201).extract().path("id");
    }
}

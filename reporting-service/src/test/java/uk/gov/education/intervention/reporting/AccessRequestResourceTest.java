package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.Callers;
import uk.gov.education.intervention.devkit.DevTokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/** Requests for access under the duties due on request (Stoke-on-Trent 7.b, Medway 8.b). */
@QuarkusTest
class AccessRequestResourceTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    static Map<String, Object> request(String council, List<String> access, String details) {
        return map("councilGssCode", council, "access", access, "details", details);
    }

    private static List<String> allIds(String council) {
        return analyst().queryParam("council", council).queryParam("limit", 200).get("/v1/access-requests").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void aPartnerInPracticeAsksTheCouncilsStaffMeetItAndWhoReadsItFollowsTheRule() {
        var made = reporter(STOCKPORT).body(request(STOKE, List.of("DOCUMENTS", "EMPLOYEES"), "Case files of the children audited in January."))
                .post("/v1/access-requests").then().statusCode(201)
                .body("dutyId", equalTo("E06000021-2019-10-31/access-on-request"))
                .body("requestedAs", equalTo(List.of("PARTNER_IN_PRACTICE")))
                .body("requesterOrganisation", equalTo(STOCKPORT))
                .body("access", equalTo(List.of("DOCUMENTS", "EMPLOYEES")))
                .body("status", equalTo("OPEN"))
                .body("requestedAt", notNullValue())
                .extract();
        String id = made.path("id");

        // the requester, the council's staff, its Commissioner and the Department read it; another partner does not
        reporter(STOCKPORT).get("/v1/access-requests/" + id).then().statusCode(200);
        reporter(STOKE).get("/v1/access-requests/" + id).then().statusCode(200);
        commissioner(STOKE).get("/v1/access-requests/" + id).then().statusCode(200);
        analyst().get("/v1/access-requests/" + id).then().statusCode(200);
        reporter(ESSEX).get("/v1/access-requests/" + id).then().statusCode(403).body("rule", equalTo("access-request-reader"));
        reporter(ESSEX).get("/v1/access-requests/" + id + "/history").then().statusCode(403);
        reporter(ESSEX).queryParam("council", STOKE).get("/v1/access-requests").then().statusCode(200).body("items.id", not(hasItem(id)));
        reporter(STOCKPORT).get("/v1/access-requests").then().statusCode(200).body("items.id", hasItem(id));
        reporter(STOKE).queryParam("council", STOKE).queryParam("status", "OPEN").get("/v1/access-requests").then().statusCode(200)
                .body("items.id", hasItem(id));
        reporter(MEDWAY).queryParam("council", STOKE).get("/v1/access-requests").then().statusCode(403)
                .body("rule", equalTo("council-access"));

        // the council's staff meet it, once, with the ETag; the requester does not say it was met
        reporter(STOCKPORT).header("If-Match", made.header("ETag")).body(map()).post("/v1/access-requests/" + id + "/met").then()
                .statusCode(403).body("rule", equalTo("council-staff"));
        commissioner(STOKE).header("If-Match", made.header("ETag")).body(map()).post("/v1/access-requests/" + id + "/met").then()
                .statusCode(403);
        reporter(STOKE).body(map()).post("/v1/access-requests/" + id + "/met").then().statusCode(428);
        var met = reporter(STOKE).header("If-Match", made.header("ETag")).body(map("metOn", "2020-02-10", "note", "Files shared."))
                .post("/v1/access-requests/" + id + "/met").then().statusCode(200)
                .body("status", equalTo("MET")).body("metOn", equalTo("2020-02-10")).body("metNote", equalTo("Files shared."))
                .extract();
        reporter(STOKE).header("If-Match", made.header("ETag")).body(map()).post("/v1/access-requests/" + id + "/met").then().statusCode(412);
        reporter(STOKE).header("If-Match", met.header("ETag")).body(map()).post("/v1/access-requests/" + id + "/met").then().statusCode(409);
        reporter(STOCKPORT).get("/v1/access-requests/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("requested", "met")));
        reporter(STOKE).queryParam("council", STOKE).queryParam("status", "OPEN").get("/v1/access-requests").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        // pages of one follow each other without repeats
        reporter(ESSEX).body(request(STOKE, List.of("PREMISES"), "A desk in the front-door team's office.")).post("/v1/access-requests")
                .then().statusCode(201);
        List<String> all = allIds(STOKE);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var spec = analyst().queryParam("council", STOKE).queryParam("limit", 1);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/v1/access-requests").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(all, paged);
        assertTrue(all.size() >= 2);
    }

    @Test
    void onlyThoseTheDutyNamesAskAsTheirAppointmentsThatDaySay() {
        List<String> before = allIds(MEDWAY);
        Map<String, Object> body = request(MEDWAY, List.of("EMPLOYEES"), "Meetings with the DCS's senior team.");
        // Medway's 8.b names the Leadership Improvement Partner and the non-executive Commissioner
        reporter(MEDWAY).body(body).post("/v1/access-requests").then().statusCode(403).body("rule", equalTo("requester"));
        reporter(STOCKPORT).body(body).post("/v1/access-requests").then().statusCode(403).body("rule", equalTo("requester"));
        reporter(ESSEX).body(body).post("/v1/access-requests").then().statusCode(403).body("rule", equalTo("requester"));
        commissionerOnlyOf(STOKE).body(body).post("/v1/access-requests").then().statusCode(403).body("rule", equalTo("requester"));
        // an appointment for Medway that the duty does not name (the Improvement Board's chair) asks nothing
        Downstream.appoint("IMPROVEMENT_BOARD_CHAIR", MEDWAY, "c0000000-0000-4000-8000-0000000b0c01", null, LocalDate.of(2020, 1, 7), null);
        Downstream.linkIdentity(DevTokens.subject("council-reporter", MEDWAY, "board-chair"), "c0000000-0000-4000-8000-0000000b0c01");
        Callers.person("council-reporter", MEDWAY, "board-chair").body(body).post("/v1/access-requests").then().statusCode(403)
                .body("rule", equalTo("requester"));
        admin().body(body).post("/v1/access-requests").then().statusCode(403);
        analyst().body(body).post("/v1/access-requests").then().statusCode(403);
        assertEquals(before, allIds(MEDWAY));

        commissioner(MEDWAY).body(body).post("/v1/access-requests").then().statusCode(201)
                .body("requestedAs", equalTo(List.of("NON_EXECUTIVE_COMMISSIONER"))).body("requesterOrganisation", equalTo(null));
        // once councils-service records Essex as Medway's Leadership Improvement Partner, Essex's staff ask
        Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", MEDWAY, null, ESSEX, LocalDate.of(2020, 2, 1), null);
        reporter(ESSEX).body(body).post("/v1/access-requests").then().statusCode(201)
                .body("requestedAs", equalTo(List.of("LEADERSHIP_IMPROVEMENT_PARTNER")));
        // Stoke-on-Trent's 7.b names its Commissioner too
        commissioner(STOKE).body(request(STOKE, List.of("PREMISES"), "Attend the front door on Monday.")).post("/v1/access-requests")
                .then().statusCode(201).body("requestedAs", equalTo(List.of("CHILDRENS_SERVICES_COMMISSIONER")));
        // before Medway's direction, nothing was owed on request
        clock.setToday(LocalDate.of(2020, 1, 6));
        commissioner(MEDWAY).body(body).post("/v1/access-requests").then().statusCode(422).body("rule", equalTo("no-duty-on-request"));
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        List<String> stoke = allIds(STOKE);
        reporter(STOCKPORT).body(request("Stoke", List.of("DOCUMENTS"), "x")).post("/v1/access-requests").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("councilGssCode"));
        reporter(STOCKPORT).body(request(STOKE, List.of(), "x")).post("/v1/access-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("access"));
        reporter(STOCKPORT).body(request(STOKE, List.of("CAR_PARK"), "x")).post("/v1/access-requests").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("access"));
        reporter(STOCKPORT).body(request(STOKE, List.of("DOCUMENTS", "DOCUMENTS"), "x")).post("/v1/access-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("access"));
        reporter(STOCKPORT).body(request(STOKE, List.of("DOCUMENTS"), " ")).post("/v1/access-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("details"));
        reporter(STOCKPORT).body(request(STOKE, List.of("DOCUMENTS"), "x".repeat(4001))).post("/v1/access-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("details"));
        Map<String, Object> extra = request(STOKE, List.of("DOCUMENTS"), "x");
        extra.put("urgent", true);
        reporter(STOCKPORT).body(extra).post("/v1/access-requests").then().statusCode(400).body("errors[0].field", equalTo("urgent"));
        // a council no direction owes access for
        reporter(STOCKPORT).body(request(STOCKPORT, List.of("DOCUMENTS"), "x")).post("/v1/access-requests").then().statusCode(422)
                .body("rule", equalTo("no-duty-on-request"));
        // councils-service cannot say who the caller is appointed as: 503
        Downstream.councilsDown();
        reporter(STOCKPORT).body(request(STOKE, List.of("DOCUMENTS"), "x")).post("/v1/access-requests").then().statusCode(503)
                .body("dependency", equalTo("councils-service"));
        Downstream.reset();
        assertEquals(stoke, allIds(STOKE));

        var made = reporter(STOCKPORT).body(request(STOKE, List.of("DOCUMENTS"), "Audit files.")).post("/v1/access-requests").then()
                .statusCode(201).extract();
        String id = made.path("id");
        reporter(STOKE).header("If-Match", made.header("ETag")).body(map("metOn", "2020-02-11")).post("/v1/access-requests/" + id + "/met")
                .then().statusCode(400).body("errors[0].field", equalTo("metOn"));
        reporter(STOKE).header("If-Match", made.header("ETag")).body(map("metOn", "2020-02-09")).post("/v1/access-requests/" + id + "/met")
                .then().statusCode(400).body("errors[0].field", equalTo("metOn"));
        reporter(STOKE).header("If-Match", made.header("ETag")).body(map("note", "x".repeat(2001))).post("/v1/access-requests/" + id + "/met")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        analyst().get("/v1/access-requests/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        analyst().queryParam("status", "CLOSED").get("/v1/access-requests").then().statusCode(400);
        analyst().queryParam("cursor", "nonsense").get("/v1/access-requests").then().statusCode(400);
        admin().get("/v1/access-requests/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }
}

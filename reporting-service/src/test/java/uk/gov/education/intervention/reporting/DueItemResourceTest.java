package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;

@QuarkusTest
class DueItemResourceTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    private static JsonPath schedule(String council, String to) {
        return analyst().queryParam("council", council).queryParam("to", to).queryParam("limit", 200)
                .get("/v1/due-items").then().statusCode(200).body("degraded", equalTo(false)).extract().jsonPath();
    }

    private static List<String> dueDates(JsonPath page, String duty) {
        return page.getList("items.findAll { it.dutyId == '" + duty + "' }.dueOn");
    }

    @Test
    void stokeHasQuarterlyPerformanceReviewsMonthlyReportsAndThePartnershipDeadline() {
        JsonPath page = schedule(STOKE, "2020-10-31");
        assertEquals(List.of("2020-01-31", "2020-04-30", "2020-07-31", "2020-10-31"),
                dueDates(page, "E06000021-2019-10-31/performance-review"));
        assertEquals(List.of("2019-11-30", "2019-12-31", "2020-01-31", "2020-02-29", "2020-03-31", "2020-04-30", "2020-05-31",
                        "2020-06-30", "2020-07-31", "2020-08-31", "2020-09-30", "2020-10-31"),
                dueDates(page, "E06000021-2019-10-31/monthly-progress-report"));
        assertEquals(List.of("2020-01-31"), dueDates(page, "E06000021-2019-10-31/partnership-deadline"));
        // the Commissioner's monthly written updates to the Minister (Annex 3.h); its quarterly reviews are 7.e.b's
        assertEquals(12, dueDates(page, "E06000021-2019-10-31/minister-written-update").size());
        assertTrue(dueDates(page, "E06000021-2019-10-31/quarterly-progress-review").isEmpty());
        // per-meeting reports exist only once meetings are recorded
        assertTrue(dueDates(page, "E06000021-2019-10-31/board-progress-report").isEmpty());
        assertEquals(List.of(STOKE), page.getList("items.councilGssCode").stream().distinct().toList());
    }

    @Test
    void eachItemKnowsItsCouncilDirectionClausePeriodDueDateAndWhoOwesIt() {
        analyst().get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-04-30").then().statusCode(200)
                .body("councilGssCode", equalTo(STOKE))
                .body("directionReference", equalTo("E06000021-2019-10-31"))
                .body("clause", equalTo("7.e.b"))
                .body("periodStart", equalTo("2020-02-01"))
                .body("periodEnd", equalTo("2020-04-30"))
                .body("dueOn", equalTo("2020-04-30"))
                .body("providers", equalTo(List.of("CHILDRENS_SERVICES_COMMISSIONER", "COUNCIL")))
                .body("status", equalTo("DUE"));
        analyst().get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-07-31").then().statusCode(200)
                .body("periodStart", equalTo("2020-05-01"))
                .body("status", equalTo("UPCOMING"));
        // the test profile's grace period is 3 days: due 31 January, overdue from 4 February
        analyst().get("/v1/due-items/E06000021-2019-10-31.partnership-deadline.2020-01-31").then().statusCode(200)
                .body("clause", equalTo("7.d"))
                .body("deadline", equalTo("2020-02-03"))
                .body("status", equalTo("OVERDUE"));
        analyst().get("/v1/due-items/E06000021-2019-10-31.monthly-progress-report.2020-02-29").then().statusCode(200)
                .body("status", equalTo("DUE"))
                .body("providers", equalTo(List.of("CHILDRENS_SERVICES_COMMISSIONER", "PARTNER_IN_PRACTICE", "DIRECTOR_OF_CHILDRENS_SERVICES")));
    }

    @Test
    void medwayHasReviewsAtSixAndTwelveMonthsAndQuarterlyReportsToTheSecretaryOfState() {
        JsonPath page = schedule(MEDWAY, "2021-12-31");
        assertEquals(List.of("2020-07-07", "2021-01-07"), dueDates(page, "E06000035-2020-01-07/commissioner-review"));
        assertTrue(dueDates(page, "E06000035-2020-01-07/effectiveness-review").isEmpty());
        assertEquals(List.of("2020-07-07", "2021-01-07"), dueDates(page, "E06000035-2020-01-07/minister-report"));
        assertEquals(List.of("2020-04-07", "2020-07-07", "2020-10-07", "2021-01-07", "2021-04-07", "2021-07-07", "2021-10-07"),
                dueDates(page, "E06000035-2020-01-07/quarterly-report-to-secretary-of-state"));
        assertEquals("SECRETARY_OF_STATE", page.getString(
                "items.find { it.dutyId == 'E06000035-2020-01-07/quarterly-report-to-secretary-of-state' }.recipient"));
        assertEquals(List.of("IMPROVEMENT_BOARD_CHAIR"), page.getList(
                "items.find { it.dutyId == 'E06000035-2020-01-07/quarterly-report-to-secretary-of-state' }.providers"));
    }

    @Test
    void aCouncilsItemsAreExactlyItsOwnInAFeedOfManyCouncils() {
        String alone = schedule(STOKE, "2021-12-31").getList("items").toString();
        // sixty more councils (more than a group of fifty) with Stoke-on-Trent's duties under their own codes
        var duties = Downstream.seedDuties();
        for (int c = 0; c < 60; c++) {
            String council = String.format("E0690%04d", c);
            for (var d : Downstream.seedDuties()) {
                if (d.get("councilGssCode").asText().equals(STOKE)) {
                    duties.add(d.deepCopy().put("councilGssCode", council)
                            .put("id", d.get("id").asText().replace(STOKE, council))
                            .put("directionReference", d.get("directionReference").asText().replace(STOKE, council)));
                }
            }
        }
        Downstream.setDuties(duties);
        assertEquals(alone, schedule(STOKE, "2021-12-31").getList("items").toString());
        JsonPath other = schedule("E06900042", "2021-12-31");
        assertEquals(List.of("E06900042"), other.getList("items.councilGssCode").stream().distinct().toList());
        assertEquals(List.of("E06900042"), other.getList("items.directionReference").stream()
                .map(r -> r.toString().substring(0, 9)).distinct().toList());
        // no report or meeting of theirs is recorded: two such councils' items differ by their codes alone
        assertEquals(other.getList("items").toString().replace("E06900042", "E06900007"),
                schedule("E06900007", "2021-12-31").getList("items").toString());
        assertEquals(12, dueDates(other, "E06900042-2019-10-31/monthly-progress-report").stream()
                .filter(d -> d.toString().startsWith("2020")).count());
    }

    @Test
    void aRevokedDirectionsItemsStopAtRevocationAndThoseNotYetDueAreWithdrawn() {
        var duties = Downstream.seedDuties();
        duties.replaceAll(d -> d.get("councilGssCode").asText().equals(STOKE)
                ? d.deepCopy().put("directionStatus", "REVOKED").put("revokedOn", "2020-02-15") : d);
        Downstream.setDuties(duties);
        JsonPath page = schedule(STOKE, "2021-12-31");
        assertEquals(List.of("2019-11-30", "2019-12-31", "2020-01-31", "2020-02-29"),
                dueDates(page, "E06000021-2019-10-31/monthly-progress-report"));
        assertEquals("WITHDRAWN", page.getString("items.find { it.id == 'E06000021-2019-10-31.monthly-progress-report.2020-02-29' }.status"));
        assertEquals("OVERDUE", page.getString("items.find { it.id == 'E06000021-2019-10-31.monthly-progress-report.2020-01-31' }.status"));
        // the review period that had begun (from 1 February) is withdrawn; later ones do not exist
        assertEquals(List.of("2020-01-31", "2020-04-30"), dueDates(page, "E06000021-2019-10-31/performance-review"));
        assertEquals("WITHDRAWN", page.getString("items.find { it.id == 'E06000021-2019-10-31.performance-review.2020-04-30' }.status"));
    }

    @Test
    void listsAreFilteredAndPagedInDueDateOrder() {
        JsonPath first = analyst().queryParam("council", STOKE).queryParam("to", "2020-12-31").queryParam("limit", 5)
                .get("/v1/due-items").then().statusCode(200).extract().jsonPath();
        assertEquals(5, first.getList("items").size());
        String next = first.getString("next");
        assertTrue(next != null && !next.isBlank());
        JsonPath second = analyst().queryParam("council", STOKE).queryParam("to", "2020-12-31").queryParam("limit", 5)
                .queryParam("cursor", next).get("/v1/due-items").then().statusCode(200).extract().jsonPath();
        List<String> ids = new java.util.ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        assertEquals(ids.size(), ids.stream().distinct().count(), "pages do not overlap");
        List<String> dates = new java.util.ArrayList<>(first.getList("items.dueOn"));
        dates.addAll(second.getList("items.dueOn"));
        assertEquals(dates.stream().sorted().toList(), dates);

        analyst().queryParam("council", STOKE).queryParam("kind", "PERFORMANCE_REVIEW").queryParam("from", "2020-02-01")
                .queryParam("to", "2020-12-31").get("/v1/due-items").then().statusCode(200)
                .body("items.dueOn", equalTo(List.of("2020-04-30", "2020-07-31", "2020-10-31")));
        analyst().queryParam("council", STOKE).queryParam("status", "OVERDUE").queryParam("to", "2020-12-31").queryParam("limit", 200)
                .get("/v1/due-items").then().statusCode(200)
                .body("items.status", everyItem(equalTo("OVERDUE")))
                .body("items.id", hasItem("E06000021-2019-10-31.partnership-deadline.2020-01-31"));
        // the last page has no next
        JsonPath all = analyst().queryParam("council", MEDWAY).queryParam("to", "2020-12-31").queryParam("limit", 200)
                .get("/v1/due-items").then().statusCode(200).extract().jsonPath();
        assertNull(all.getString("next"));
    }

    @Test
    void badParametersAreProblems() {
        analyst().queryParam("council", "stoke").get("/v1/due-items").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("council"));
        analyst().queryParam("from", "31/01/2020").get("/v1/due-items").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        analyst().queryParam("status", "LATE").get("/v1/due-items").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        analyst().queryParam("from", "2020-06-01").queryParam("to", "2020-01-01").get("/v1/due-items").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        analyst().queryParam("cursor", "not-a-cursor").get("/v1/due-items").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        analyst().queryParam("limit", 500).get("/v1/due-items").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        analyst().get("/v1/due-items/not-an-id").then().statusCode(400).contentType("application/problem+json");
        analyst().get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-02-28").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCouncilsUsersSeeOnlyTheirOwnCouncilsItems() {
        reporter(MEDWAY).queryParam("council", STOKE).get("/v1/due-items").then().statusCode(403)
                .contentType("application/problem+json");
        reporter(MEDWAY).get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-01-31").then().statusCode(403);
        JsonPath own = reporter(MEDWAY).queryParam("to", "2020-12-31").queryParam("limit", 200).get("/v1/due-items")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(MEDWAY), own.getList("items.councilGssCode").stream().distinct().toList());
        commissionerOnlyOf(STOKE).queryParam("council", MEDWAY).get("/v1/due-items").then().statusCode(403)
                .body("rule", equalTo("council-access"));
        commissioner(STOKE).queryParam("council", STOKE).queryParam("to", "2020-03-31").get("/v1/due-items").then().statusCode(200)
                .body("items.dutyId", hasItem("E06000021-2019-10-31/performance-review"));
        anonymous().get("/v1/due-items").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCouncilNobodyKnowsIsRefusedWithoutTrippingTheCircuitForEveryoneElse() {
        // councils-service answers 404 for the appointments of an unknown council: no grant, so 403, however often asked
        for (int i = 0; i < 15; i++) {
            reporter(MEDWAY).queryParam("council", Downstream.NO_SUCH_COUNCIL).get("/v1/due-items").then().statusCode(403);
        }
        reporter(STOCKPORT).queryParam("council", STOKE).get("/v1/due-items").then().statusCode(200);
    }

    @Test
    void aPartnerAuthoritySeesOnlyTheItemsItsRoleOwes() {
        JsonPath page = reporter(STOCKPORT).queryParam("council", STOKE).queryParam("to", "2020-03-31").queryParam("limit", 200)
                .get("/v1/due-items").then().statusCode(200).extract().jsonPath();
        assertFalse(page.getList("items").isEmpty());
        assertEquals(List.of("E06000021-2019-10-31/monthly-progress-report"), page.getList("items.dutyId").stream().distinct().toList());
        reporter(STOCKPORT).get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-01-31").then().statusCode(403);
        // once Stockport's appointment has ended, it reaches nothing of Stoke-on-Trent's
        Downstream.endAppointments(STOCKPORT, STOKE, today().minusDays(1));
        reporter(STOCKPORT).queryParam("council", STOKE).get("/v1/due-items").then().statusCode(403);
        reporter(STOCKPORT).get("/v1/due-items").then().statusCode(200).body("items", empty());
    }

    @Test
    void withoutACouncilAPartnersListCoversEveryCouncilWhereItHoldsAnAppointment() {
        JsonPath page = reporter(STOCKPORT).queryParam("to", "2020-03-31").queryParam("limit", 200).get("/v1/due-items")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(STOKE), page.getList("items.councilGssCode").stream().distinct().toList());
        assertEquals(List.of("E06000021-2019-10-31/monthly-progress-report"), page.getList("items.dutyId").stream().distinct().toList());
        // the same as asking for the council by name
        assertEquals(reporter(STOCKPORT).queryParam("council", STOKE).queryParam("to", "2020-03-31").queryParam("limit", 200)
                .get("/v1/due-items").then().statusCode(200).extract().jsonPath().getList("items.id"), page.getList("items.id"));
        // and a Commissioner's covers every council she is appointed for: the seed Commissioner serves both
        JsonPath hers = commissioner(STOKE).queryParam("to", "2020-12-31").queryParam("limit", 200).get("/v1/due-items")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(STOKE, MEDWAY), hers.getList("items.councilGssCode").stream().distinct().sorted().toList());
    }

    @Test
    void whenDirectionsServiceIsDownTheLastCopyOfItsDutiesIsUsedAndSaidToBe() {
        schedule(STOKE, "2020-03-31");
        Downstream.directionsDown();
        analyst().queryParam("council", STOKE).queryParam("to", "2020-03-31").get("/v1/due-items").then().statusCode(200)
                .header("Warning", nullValue()) // RFC 9111 obsoletes Warning: the body and the Degraded header say it
                .header("Degraded", containsString("\"directions-service is unavailable"))
                .body("degraded", equalTo(true))
                .body("missing[0]", containsString("directions-service is unavailable"))
                .body("dutiesAsOf", notNullValue())
                .body("items.dutyId", hasItem("E06000021-2019-10-31/performance-review"));
        Downstream.reset();
        circuits.resetAll();
        analyst().queryParam("council", STOKE).queryParam("to", "2020-03-31").get("/v1/due-items").then().statusCode(200)
                .body("degraded", equalTo(false)).body("missing", empty()).body("items", not(empty()));
    }

    private static final String SIGN_OFF = "E06000035-2020-01-07/work-plan-sign-off";

    @Test
    void recordingMedwaysLeadershipImprovementPartnerMakesTheB1SignOffDueWithNoDeadlineStated() {
        assertTrue(dueDates(schedule(MEDWAY, "2021-01-31"), SIGN_OFF).isEmpty());
        String appointment = Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", MEDWAY, null, ESSEX, LocalDate.of(2020, 2, 3), null);

        JsonPath page = schedule(MEDWAY, "2021-01-31");
        assertEquals(List.of("2020-02-03"), dueDates(page, SIGN_OFF));
        // beside the reviews at 6 and 12 months, unchanged
        assertEquals(List.of("2020-07-07", "2021-01-07"), dueDates(page, "E06000035-2020-01-07/commissioner-review"));
        String id = "E06000035-2020-01-07.work-plan-sign-off.2020-02-03";
        analyst().get("/v1/due-items/" + id).then().statusCode(200)
                .body("clause", equalTo("AnnexB.1"))
                .body("kind", equalTo("SIGN_OFF"))
                .body("providers", equalTo(List.of("NON_EXECUTIVE_COMMISSIONER")))
                .body("recipient", equalTo("NOT_STATED"))
                .body("periodStart", equalTo("2020-02-03"))
                .body("dueOn", equalTo("2020-02-03"))
                .body("dueBy", nullValue())
                .body("deadline", nullValue())
                .body("trigger.event", equalTo("APPOINTMENT"))
                .body("trigger.role", equalTo("LEADERSHIP_IMPROVEMENT_PARTNER"))
                .body("trigger.appointmentId", equalTo(appointment))
                .body("trigger.on", equalTo("2020-02-03"))
                .body("trigger.deadline", equalTo("no deadline stated"))
                .body("status", equalTo("DUE"));
        // with no deadline it is never overdue
        clock.setToday(LocalDate.of(2021, 1, 1));
        analyst().get("/v1/due-items/" + id).then().statusCode(200).body("status", equalTo("DUE"));
        analyst().queryParam("council", MEDWAY).queryParam("status", "OVERDUE").queryParam("limit", 200).get("/v1/due-items").then()
                .statusCode(200).body("items.dutyId", not(hasItem(SIGN_OFF)));
        // Medway's Commissioner owes it and sees it; the partner authority, which does not owe it, does not
        commissioner(MEDWAY).queryParam("council", MEDWAY).queryParam("to", "2020-03-31").get("/v1/due-items").then()
                .statusCode(200).body("items.dutyId", hasItem(SIGN_OFF));
        reporter(ESSEX).queryParam("council", MEDWAY).queryParam("to", "2020-03-31").get("/v1/due-items").then()
                .statusCode(200).body("items.dutyId", not(hasItem(SIGN_OFF)));
    }

    @Test
    void anAppointmentBeforeTheDirectionMakesTheSignOffDueFromTheDirectionsDateAndAnExtensionIsNoNewTrigger() {
        Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", MEDWAY, null, ESSEX, LocalDate.of(2019, 12, 1), null);
        assertEquals(List.of("2020-01-07"), dueDates(schedule(MEDWAY, "2020-12-31"), SIGN_OFF));
        // Stoke-on-Trent's direction has no such duty, and access on request makes no due item
        Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", STOKE, null, ESSEX, LocalDate.of(2020, 2, 1), null);
        JsonPath stoke = schedule(STOKE, "2020-12-31");
        assertTrue(stoke.getList("items.kind").stream().noneMatch(k -> k.equals("SIGN_OFF") || k.equals("ACCESS")));
    }

    @Test
    void whenCouncilsServiceIsDownTheSignOffComesFromTheAppointmentsLastReadAndTheAnswerSaysSo() {
        Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", MEDWAY, null, ESSEX, LocalDate.of(2020, 2, 3), null);
        assertEquals(List.of("2020-02-03"), dueDates(schedule(MEDWAY, "2020-12-31"), SIGN_OFF));
        Downstream.councilsDown();
        analyst().queryParam("council", MEDWAY).queryParam("to", "2020-12-31").get("/v1/due-items").then().statusCode(200)
                .header("Warning", nullValue()) // RFC 9111 obsoletes Warning: the body says it
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("councils-service is unavailable: items that an appointment makes due use "
                        + "the appointments to LEADERSHIP_IMPROVEMENT_PARTNER as read at")))
                .body("items.dutyId", hasItem(SIGN_OFF))
                .body("items.dutyId", hasItem("E06000035-2020-01-07/commissioner-review"));
        // Stoke-on-Trent's duties need no appointment: its answer is whole
        schedule(STOKE, "2020-03-31");
    }

    @Test
    void whenCouncilsServiceIsDownAOneCouncilAnswerUsesTheLatestReadOfEveryCouncilsAppointments() {
        Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", MEDWAY, null, ESSEX, LocalDate.of(2020, 3, 2), null);
        // a list over every council reads every council's appointments to the role; Medway's own were not read since
        analyst().queryParam("to", "2020-12-31").queryParam("limit", 1).get("/v1/due-items").then().statusCode(200)
                .body("degraded", equalTo(false));
        Downstream.councilsDown();
        JsonPath medway = analyst().queryParam("council", MEDWAY).queryParam("to", "2020-12-31").queryParam("limit", 200)
                .get("/v1/due-items").then().statusCode(200).body("degraded", equalTo(true)).extract().jsonPath();
        assertEquals(List.of("2020-03-02"), dueDates(medway, SIGN_OFF), "the sign-off from the latest copy of the appointments");
    }

    @Test
    void anUnchangedFeedCostsOneConditionalRead() {
        schedule(STOKE, "2020-03-31");
        Downstream.clearJournals();
        schedule(STOKE, "2020-03-31");
        assertEquals(1, Downstream.directionsCalls());
        assertEquals(0, Downstream.councilsCalls());
        // Medway's Annex B.1 falls due on an appointment: one read of Medway's appointments to that role (not every
        // council's, which grow with the country)
        schedule(MEDWAY, "2020-12-31");
        assertEquals(2, Downstream.directionsCalls());
        assertEquals(1, Downstream.councilsCalls());
        assertEquals(1, Downstream.appointmentsCalls());
        assertEquals(1, Downstream.appointmentsCallsFor(MEDWAY));
    }

    /** Issue 10's done-means: each obligation once, citing every clause that imposes it. */
    @Test
    void stokeOnTrentsReviewsIn2020AreOneOnEachDateCiting7ebAndAnnex3h() {
        JsonPath page = analyst().queryParam("council", STOKE).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .queryParam("limit", 200).get("/v1/due-items").then().statusCode(200).extract().jsonPath();
        List<java.util.Map<String, Object>> reviews = page.getList("items.findAll { it.kind.endsWith('REVIEW') }");
        assertEquals(List.of("2020-01-31", "2020-04-30", "2020-07-31", "2020-10-31"), reviews.stream().map(r -> r.get("dueOn")).toList());
        for (java.util.Map<String, Object> r : reviews) {
            assertEquals(List.of("7.e.b", "Annex.3.h"), r.get("citations"));
            assertEquals("DEPARTMENT_FOR_EDUCATION", r.get("recipient"));
        }
        // no other item of the year cites 7.e.b, and Annex 3.h's other duty is its monthly written update
        assertEquals(4, page.getList("items.findAll { it.citations.contains('7.e.b') }").size());
        assertEquals(List.of("minister-written-update"), page.getList("items.findAll { it.citations.contains('Annex.3.h') "
                + "&& !it.kind.endsWith('REVIEW') }.dutyId").stream().map(d -> ((String) d).substring(21)).distinct().toList());
        assertEquals("every 3 months from 31 October 2019, on the same day of the month or the month's last day",
                reviews.get(0).get("cadence") instanceof java.util.Map<?, ?> c ? c.get("rule") : null);
    }

    @Test
    void medwaysReviewFallsOnceOnEachDateCiting8eAndAnnexB3WithB5sReportBesideIt() {
        JsonPath page = schedule(MEDWAY, "2021-01-31");
        List<java.util.Map<String, Object>> reviews = page.getList("items.findAll { it.kind == 'REVIEW' }");
        assertEquals(List.of("2020-07-07", "2021-01-07"), reviews.stream().map(r -> r.get("dueOn")).toList());
        for (java.util.Map<String, Object> r : reviews) {
            assertEquals(List.of("8.e", "AnnexB.3"), r.get("citations"));
            assertEquals("NOT_STATED", r.get("recipient"));
        }
        List<java.util.Map<String, Object>> reports = page.getList("items.findAll { it.citations.contains('AnnexB.5') }");
        assertEquals(List.of("2020-07-07", "2021-01-07"), reports.stream().map(r -> r.get("dueOn")).toList());
        assertEquals(List.of("PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES"),
                reports.stream().map(r -> r.get("recipient")).distinct().toList());
        // 8.f's quarterly reports: counted from the direction's date, an anchor the text does not state
        assertEquals("CHOSEN", page.getString("items.find { it.clause == '8.f' }.cadence.anchorBasis"));
        assertEquals("DIRECTION_DATE", page.getString("items.find { it.clause == '8.f' }.cadence.anchor"));
    }

    @Test
    void aQuarterlyDutyAnchoredToCalendarQuartersFallsDueAtEachQuartersEnd() {
        var duties = Downstream.seedDuties();
        duties.replaceAll(d -> d.get("code").asText().equals("quarterly-report-to-secretary-of-state")
                ? (com.fasterxml.jackson.databind.node.ObjectNode) d.deepCopy().set("cadence",
                        ((com.fasterxml.jackson.databind.node.ObjectNode) d.get("cadence").deepCopy()).put("anchor", "CALENDAR_QUARTER")) : d);
        Downstream.setDuties(duties);
        JsonPath page = schedule(MEDWAY, "2020-12-31");
        assertEquals(List.of("2020-03-31", "2020-06-30", "2020-09-30", "2020-12-31"),
                dueDates(page, "E06000035-2020-01-07/quarterly-report-to-secretary-of-state"));
        assertEquals("2020-01-08", page.getString("items.find { it.dutyId == 'E06000035-2020-01-07/quarterly-report-to-secretary-of-state' }"
                + ".periodStart"));
    }
}

package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * The seed directions as structured data: the clause tree with every reference, the recitals and
 * what they cite, the failing functions, the duties attached to their clauses, and the first
 * directions the seeds revoke.
 */
@QuarkusTest
class SeedDirectionsTest {

    static final String STOKE_2019 = "E06000021-2019-10-31";
    static final String STOKE_FIRST = "E06000021-2019-05-16";
    static final String MEDWAY_2020 = "E06000035-2020-01-07";
    static final String MEDWAY_FIRST = "E06000035-2019-08-27";

    private static JsonPath direction(String reference) {
        return analyst().get("/v1/directions/" + reference).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> labels(JsonPath d) {
        return ClauseTree.all(d).stream().collect(Collectors.toMap(ClauseTree.Clause::reference, ClauseTree.Clause::label));
    }

    @Test
    void stokeOnTrentHoldsEveryClauseAsNumberedInTheSeed() {
        JsonPath d = direction(STOKE_2019);
        assertEquals(List.of(
                        "1", "2", "3", "3.a", "3.b", "4", "4.a", "4.b", "4.c", "5", "6",
                        "7", "7.a", "7.b", "7.b.i", "7.b.ii", "7.b.iii", "7.c", "7.c.i", "7.c.ii", "7.d",
                        "7.e", "7.e.a", "7.e.b", "7.e.c", "7.f", "7.g",
                        "Annex.1", "Annex.2", "Annex.3", "Annex.3.a", "Annex.3.b", "Annex.3.c", "Annex.3.d", "Annex.3.e",
                        "Annex.3.f", "Annex.3.g", "Annex.3.h"),
                ClauseTree.references(ClauseTree.all(d)));
        Map<String, String> labels = labels(d);
        // numbered as printed: the first recital carries no number, directives use "a)", their items "i." and "a."
        assertEquals("", labels.get("1"));
        assertEquals("2.", labels.get("2"));
        assertEquals("a.", labels.get("3.a"));
        assertEquals("a)", labels.get("4.a"));
        assertEquals("7.", labels.get("7"));
        assertEquals("d)", labels.get("7.d"));
        assertEquals("iii.", labels.get("7.b.iii"));
        assertEquals("c.", labels.get("7.e.c"));
        assertEquals("h.", labels.get("Annex.3.h"));

        assertEquals("STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996",
                d.getString("title"));
        assertEquals("ISSUED", d.getString("status"));
        assertEquals("2019-10-31", d.getString("date"));
        assertEquals("section 497A(4B) of the Education Act 1996", d.getString("statutoryBasis"));
        assertEquals("Emily Whitehead", d.getString("signatory.name"));
        assertEquals("A Senior Civil Servant in the Department for Education", d.getString("signatory.capacity"));
        assertEquals("the Secretary of State for Education", d.getString("signatory.onBehalfOf"));
        assertEquals("31.10.2019", d.getString("signatory.dateAsPrinted"));
        // the signature block prints name and capacity on one line, each closed by a full stop
        assertEquals("Emily Whitehead. A Senior Civil Servant in the Department for Education.", d.getString("signatory.nameAndCapacityAsPrinted"));
        assertEquals(STOKE_FIRST, d.getString("revokes"));

        assertEquals("which appears to them to be necessary for achieving the purposes of, and carrying out the responsibilities set out in, the Terms of Reference.",
                d.getString("clauses[0].items[1].continuation"));
        assertEquals("By the 31 January 2020, have an agreed formal partnership arrangement with a strong Local Authority, which must provide that "
                        + "they work with the Council to deliver all of its children's social care services functions. The terms of the partnership "
                        + "agreement, and any subsequent changes to it, must be agreed by the Secretary of State. If a formal partnership cannot be "
                        + "brokered, alternative delivery arrangements will need to be sought.",
                d.getString("clauses[0].items[3].text"));
        assertEquals(List.of("Relevant Functions", "Commissioner for Children's Social Care Services", "Terms of Reference"),
                d.getList("annexes[0].titleLines"));
        assertEquals("CHILDRENS_SERVICES_COMMISSIONER", d.getString("annexes[0].appointeeRole"));
    }

    @Test
    void medwayHoldsEveryClauseAsNumberedInTheSeed() {
        JsonPath d = direction(MEDWAY_2020);
        assertEquals(List.of(
                        "1", "2", "3", "3.a", "3.b", "4", "4.a", "4.b", "4.c", "5", "6", "7",
                        "8", "8.a", "8.b", "8.b.i", "8.b.ii", "8.b.iii", "8.c", "8.c.i", "8.c.ii", "8.d", "8.e", "8.f", "9", "10",
                        "AnnexA.1", "AnnexA.2", "AnnexA.2.a", "AnnexA.2.b", "AnnexA.2.c", "AnnexA.2.d", "AnnexA.2.e",
                        "AnnexB.1", "AnnexB.2", "AnnexB.3", "AnnexB.4", "AnnexB.5"),
                ClauseTree.references(ClauseTree.all(d)));
        Map<String, String> labels = labels(d);
        assertEquals("1.", labels.get("1"));
        assertEquals("a)", labels.get("4.a"));
        assertEquals("a.", labels.get("8.a"));
        assertEquals("ii.", labels.get("8.b.ii"));
        assertEquals("10.", labels.get("10"));
        assertEquals("e.", labels.get("AnnexA.2.e"));
        assertEquals("5.", labels.get("AnnexB.5"));

        assertEquals("Matthew Edwards", d.getString("signatory.name"));
        assertEquals("07 January 2020", d.getString("signatory.dateAsPrinted"));
        assertEquals(null, d.getString("signatory.nameAndCapacityAsPrinted"));
        assertEquals(MEDWAY_FIRST, d.getString("revokes"));
        // the page break inside recital 5 is joined
        assertEquals("The Secretary of State will appoint a Leadership Improvement Partner to work with the Council in accordance with, and for "
                        + "the purposes of, the terms of reference (\"the terms of reference\") set out in Annex A to this direction.",
                d.getString("recitals[4].text"));
        assertEquals(List.of("AnnexA", "AnnexB"), d.getList("annexes.reference"));
        assertEquals(List.of("LEADERSHIP_IMPROVEMENT_PARTNER", "NON_EXECUTIVE_COMMISSIONER"), d.getList("annexes.appointeeRole"));
        assertEquals(List.of("ANNEX A", "ANNEX B"), d.getList("annexes.heading"));
        assertEquals("In line with the recommendations set out in the Ofsted report of children's social care published 27 August 2019 and the "
                        + "Children's Services Commissioner's report of December 2019 the Commissioner for Children's Services for Medway is expected "
                        + "to take the following steps:",
                d.getString("annexes[1].introduction"));
    }

    @Test
    void bothSeedsStateTheThreeSetsOfFailingFunctionsInRecital4() {
        for (String reference : List.of(STOKE_2019, MEDWAY_2020)) {
            analyst().get("/v1/directions/" + reference).then().statusCode(200)
                    .body("functions.set", contains("SOCIAL_SERVICES_FUNCTIONS_CHILDREN", "CHILDREN_ACT_1989_SS23C_TO_24D",
                            "CHILDREN_ACT_2004_SS10_12_12C_12D_17A"))
                    .body("functions.clause", contains("4.a", "4.b", "4.c"))
                    .body("functions.act", contains("Local Authority Social Services Act 1970", "Children Act 1989", "Children Act 2004"))
                    .body("functions[1].provisions", equalTo("sections 23C to 24D"))
                    .body("functions[2].provisions", equalTo("sections 10, 12, 12C, 12D and 17A"));
        }
    }

    @Test
    void recitalsCiteTheReportsAndTheFirstDirection() {
        analyst().get("/v1/directions/" + STOKE_2019).then().statusCode(200)
                .body("recitals[0].citations[0].kind", equalTo("OFSTED_REPORT"))
                .body("recitals[0].citations[0].date", equalTo("2019-03-18"))
                .body("recitals[0].citations[0].overallEffectiveness", equalTo("INADEQUATE"))
                .body("recitals[1].citations[0].kind", equalTo("DIRECTION"))
                .body("recitals[1].citations[0].direction", equalTo(STOKE_FIRST))
                .body("recitals[0].citations[0].framework", equalTo("ILACS_2018"))
                .body("recitals[2].items[0].citations[0].framework", equalTo("ILACS_2018"))
                .body("recitals[2].items[0].citations[0].judgements.area",
                        contains("HELP_AND_PROTECTION", "CHILDREN_IN_CARE_AND_CARE_LEAVERS", "IMPACT_OF_LEADERS"))
                .body("recitals[2].items[0].text", containsString("children looked after and achieving permanence"))
                .body("recitals[2].items[0].citations[0].judgements.judgement", contains("INADEQUATE", "INADEQUATE", "INADEQUATE"))
                .body("recitals[2].items[1].citations[0].kind", equalTo("COMMISSIONER_REPORT"))
                .body("recitals[2].items[1].citations[0].date", equalTo("2019-09-09"));
        analyst().get("/v1/directions/" + MEDWAY_2020).then().statusCode(200)
                .body("recitals[0].citations[0].date", equalTo("2019-08-27"))
                .body("recitals[0].citations[0].framework", equalTo("ILACS_2018"))
                .body("recitals[1].citations[0].direction", equalTo(MEDWAY_FIRST))
                .body("recitals[2].items[0].citations[0].judgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION"))
                // the Commissioner's report of December 2019: a month, no day
                .body("recitals[2].items[1].citations[0].month", equalTo("2019-12"))
                .body("recitals[2].items[1].citations[0].date", nullValue());
    }

    @Test
    void stokeOnTrent7dCarriesItsDeadlineOf31January2020() {
        JsonPath d = direction(STOKE_2019);
        assertEquals(List.of("partnership-deadline"), d.getList("clauses[0].items[3].duties"));
        Map<String, Object> duty = d.getMap("duties.find { it.code == 'partnership-deadline' }");
        assertEquals("7.d", duty.get("clause"));
        assertEquals("DEADLINE", duty.get("kind"));
        assertEquals(List.of("COUNCIL"), duty.get("providers"));
        assertEquals(Map.of("type", "ONCE", "dueOn", "2020-01-31", "rule", "once, by 31 January 2020"), duty.get("cadence"));

        // and the reporting duties of 7.e and the annex, each on its clause
        assertEquals(List.of("partnership-deadline", "monthly-progress-report", "performance-review", "improvement-board-meeting",
                "board-progress-report", "minister-written-update", "access-on-request"), d.getList("duties.code"));
        assertEquals(List.of("7.d", "7.e.a", "7.e.b", "Annex.3.a", "Annex.3.b", "Annex.3.h", "7.b"), d.getList("duties.clause"));
        assertEquals(Map.of("type", "MONTHLY", "anchor", "CALENDAR_MONTH", "rule", "on the last day of each calendar month, the first "
                        + "being 30 November 2019 (the first month that begins after 31 October 2019)"),
                d.getMap("duties.find { it.code == 'monthly-progress-report' }.cadence"));
        assertEquals(Map.of("type", "EVERY_N_MONTHS", "months", 3, "anchor", "DIRECTION_DATE", "anchorBasis", "STATED",
                        "rule", "every 3 months from 31 October 2019, on the same day of the month or the month's last day"),
                d.getMap("duties.find { it.code == 'performance-review' }.cadence"));
        assertEquals(List.of("improvement-board-meeting"), d.getList("clauses[0].items[4].items[2].duties"));
        // 3.h's monthly updates are a duty of their own; its quarterly reviews are 7.e.b's
        assertEquals(List.of("performance-review", "minister-written-update"), d.getList("annexes[0].paragraphs[2].items[7].duties"));
        assertEquals(List.of("performance-review"), d.getList("clauses[0].items[4].items[1].duties"));
    }

    @Test
    void medwayCarriesItsReviewsAndQuarterlyReportsAsStructuredDuties() {
        JsonPath d = direction(MEDWAY_2020);
        assertEquals(List.of("8.d", "8.e", "8.f", "AnnexB.5", "AnnexA.2.e", "AnnexB.1", "8.b"), d.getList("duties.clause"));
        for (String clause : List.of("8.e", "AnnexB.5")) {
            Map<String, Object> duty = d.getMap("duties.find { it.clause == '" + clause + "' }");
            assertEquals(Map.of("type", "AT_MONTH_OFFSETS", "offsets", List.of(6, 12), "anchor", "DIRECTION_DATE",
                    "rule", "at 6 and 12 months from 7 January 2020, on the same day of the month or the month's last day"),
                    duty.get("cadence"), clause);
        }
        // 8.e's review and Annex B.3's are one: the Commissioner leads it, the council co-operates, no recipient is named
        Map<String, Object> review = d.getMap("duties.find { it.clause == '8.e' }");
        assertEquals("REVIEW", review.get("kind"));
        assertEquals(List.of("8.e", "AnnexB.3"), review.get("citations"));
        assertEquals(List.of("NON_EXECUTIVE_COMMISSIONER", "COUNCIL"), review.get("providers"));
        assertEquals("NOT_STATED", review.get("recipient"));
        assertEquals(List.of("commissioner-review"), d.getList("annexes[1].paragraphs[2].duties"));
        Map<String, Object> report = d.getMap("duties.find { it.clause == 'AnnexB.5' }");
        assertEquals(List.of("NON_EXECUTIVE_COMMISSIONER"), report.get("providers"));
        assertEquals("PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES", report.get("recipient"));

        Map<String, Object> quarterly = d.getMap("duties.find { it.clause == '8.f' }");
        assertEquals("QUARTERLY_REPORT", quarterly.get("kind"));
        assertEquals(List.of("IMPROVEMENT_BOARD_CHAIR"), quarterly.get("providers"));
        assertEquals("SECRETARY_OF_STATE", quarterly.get("recipient"));
        // "on a quarterly basis" states no anchor: the direction's date was chosen, and the record says so
        assertEquals(Map.of("type", "EVERY_N_MONTHS", "months", 3, "anchor", "DIRECTION_DATE", "anchorBasis", "CHOSEN",
                "rule", "every 3 months from 7 January 2020 (the direction states no anchor: this one was chosen), "
                        + "on the same day of the month or the month's last day"), quarterly.get("cadence"));

        assertEquals(Map.of("type", "PER_BOARD_MEETING", "rule", "on the day of each Improvement Board meeting held after 7 January 2020"),
                d.getMap("duties.find { it.clause == '8.d' }.cadence"));
        assertEquals(Map.of("type", "REGULAR", "rule", "regularly: the direction sets no dates"),
                d.getMap("duties.find { it.clause == 'AnnexA.2.e' }.cadence"));
        assertEquals(List.of("quarterly-report-to-secretary-of-state"), d.getList("clauses[0].items[5].duties"));
    }

    @Test
    void medwayB1SignOffFallsDueWhenTheLeadershipImprovementPartnerIsAppointedWithNoDeadlineStated() {
        JsonPath d = direction(MEDWAY_2020);
        Map<String, Object> duty = d.getMap("duties.find { it.clause == 'AnnexB.1' }");
        assertEquals("work-plan-sign-off", duty.get("code"));
        assertEquals("SIGN_OFF", duty.get("kind"));
        // Annex B is the non-executive Commissioner's terms of reference; it names no recipient of the sign-off
        assertEquals(List.of("NON_EXECUTIVE_COMMISSIONER"), duty.get("providers"));
        assertEquals("NOT_STATED", duty.get("recipient"));
        // no period stated: no `within`
        assertEquals(Map.of("type", "ON_EVENT", "trigger", Map.of("event", "APPOINTMENT", "role", "LEADERSHIP_IMPROVEMENT_PARTNER"),
                "rule", "due when an appointment to LEADERSHIP_IMPROVEMENT_PARTNER for the council is recorded, with no deadline stated"),
                duty.get("cadence"));
        assertEquals(List.of("work-plan-sign-off"), d.getList("annexes[1].paragraphs[0].duties"));
    }

    @Test
    void accessOnRequestIsOwedByTheCouncilToWhoeverItsClauseLetsAsk() {
        JsonPath stoke = direction(STOKE_2019);
        Map<String, Object> s = stoke.getMap("duties.find { it.clause == '7.b' }");
        assertEquals("ACCESS", s.get("kind"));
        assertEquals(List.of("COUNCIL"), s.get("providers"));
        assertEquals("REQUESTER", s.get("recipient"));
        assertEquals(Map.of("type", "ON_REQUEST", "requesters",
                List.of("CHILDRENS_SERVICES_COMMISSIONER", "IMPROVEMENT_ADVISOR", "PARTNER_IN_PRACTICE"),
                "rule", "each time it is requested by CHILDRENS_SERVICES_COMMISSIONER, IMPROVEMENT_ADVISOR, PARTNER_IN_PRACTICE"),
                s.get("cadence"));
        assertEquals(List.of("access-on-request"), stoke.getList("clauses[0].items[1].duties"));

        JsonPath medway = direction(MEDWAY_2020);
        Map<String, Object> m = medway.getMap("duties.find { it.clause == '8.b' }");
        assertEquals(Map.of("type", "ON_REQUEST", "requesters", List.of("LEADERSHIP_IMPROVEMENT_PARTNER", "NON_EXECUTIVE_COMMISSIONER"),
                "rule", "each time it is requested by LEADERSHIP_IMPROVEMENT_PARTNER, NON_EXECUTIVE_COMMISSIONER"), m.get("cadence"));
        assertEquals(List.of("access-on-request"), medway.getList("clauses[0].items[1].duties"));
    }

    @Test
    void theFirstDirectionsAreRevokedByTheSeedsOnTheirDates() {
        analyst().get("/v1/directions/" + STOKE_FIRST).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("date", equalTo("2019-05-16"))
                .body("revokedOn", equalTo("2019-10-31"))
                .body("revokedBy", equalTo(STOKE_2019))
                .body("summary", containsString("co-operate with a Commissioner-led review"))
                .body("recitals", empty())
                .body("clauses", empty());
        analyst().get("/v1/directions/" + MEDWAY_FIRST).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2020-01-07"))
                .body("revokedBy", equalTo(MEDWAY_2020));
        analyst().accept("text/plain").get("/v1/directions/" + STOKE_FIRST + "/document").then().statusCode(200)
                .body(containsString("REVOKED: not in force from 31 October 2019 (revoked by direction " + STOKE_2019 + ")."))
                .body(containsString("The text of this direction is not held."));
        for (String reference : List.of(STOKE_2019, MEDWAY_2020)) {
            analyst().get("/v1/directions/" + reference).then().body("status", equalTo("ISSUED")).body("revokedOn", nullValue());
        }
    }

    @Test
    void eachSeedCouncilHasAChainOfTwoDirections() {
        analyst().get("/v1/councils/" + STOKE + "/directions").then().statusCode(200)
                .body("items.reference", contains(STOKE_FIRST, STOKE_2019))
                .body("items[0].revokedBy", equalTo(STOKE_2019))
                .body("items[1].revokes", equalTo(STOKE_FIRST))
                .body("items[1].councilName", equalTo("Stoke-on-Trent City Council"))
                .body("next", nullValue());
        analyst().get("/v1/councils/" + MEDWAY + "/directions").then().statusCode(200)
                .body("items.reference", contains(MEDWAY_FIRST, MEDWAY_2020))
                .body("items.status", contains("REVOKED", "ISSUED"));
    }

    @Test
    void theSeedDirectionsInForceOnADate() {
        analyst().queryParam("council", STOKE).queryParam("inForceOn", "2019-05-15").get("/v1/directions").then()
                .statusCode(200).body("items", hasSize(0));
        analyst().queryParam("council", STOKE).queryParam("inForceOn", "2019-05-16").get("/v1/directions").then()
                .body("items.reference", contains(STOKE_FIRST));
        analyst().queryParam("council", STOKE).queryParam("inForceOn", "2019-10-30").get("/v1/directions").then()
                .body("items.reference", contains(STOKE_FIRST));
        analyst().queryParam("council", STOKE).queryParam("inForceOn", "2019-10-31").get("/v1/directions").then()
                .body("items.reference", contains(STOKE_2019));
        analyst().queryParam("council", MEDWAY).queryParam("inForceOn", "2020-01-06").get("/v1/directions").then()
                .body("items.reference", contains(MEDWAY_FIRST));
        analyst().queryParam("council", MEDWAY).queryParam("inForceOn", "2024-01-01").get("/v1/directions").then()
                .body("items.reference", contains(MEDWAY_2020));
    }

    @Test
    void eachSeededDirectionsHistoryStartsWithItsSeeding() {
        for (String reference : List.of(STOKE_FIRST, STOKE_2019, MEDWAY_FIRST, MEDWAY_2020)) {
            analyst().get("/v1/directions/" + reference + "/history").then().statusCode(200)
                    .body("items[0].action", equalTo("seeded"))
                    .body("items[0].actor", equalTo("seed-data"))
                    .body("items[0].entityId", equalTo(reference));
        }
    }

    @Test
    void theDutiesListGivesReportingServiceEveryDutyOfTheSeeds() {
        analyst().queryParam("council", MEDWAY).get("/v1/duties").then().statusCode(200)
                .body("items.id", contains(
                        MEDWAY_2020 + "/board-progress-report", MEDWAY_2020 + "/commissioner-review",
                        MEDWAY_2020 + "/quarterly-report-to-secretary-of-state",
                        MEDWAY_2020 + "/minister-report", MEDWAY_2020 + "/lip-regular-reports", MEDWAY_2020 + "/work-plan-sign-off",
                        MEDWAY_2020 + "/access-on-request"))
                .body("items.directionDate", everyItem(equalTo("2020-01-07")))
                .body("items[0].directionStatus", equalTo("ISSUED"))
                .body("items[0].councilGssCode", equalTo(MEDWAY))
                .body("next", nullValue());
        analyst().queryParam("council", STOKE).get("/v1/duties").then().statusCode(200)
                .body("items", hasSize(7))
                .body("items[0].id", equalTo(STOKE_2019 + "/partnership-deadline"))
                .body("items[0].cadence.dueOn", equalTo("2020-01-31"));
    }
}

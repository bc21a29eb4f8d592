package uk.gov.education.intervention.directions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.at;
import static uk.gov.education.intervention.directions.Drafts.duty;
import static uk.gov.education.intervention.directions.Drafts.list;
import static uk.gov.education.intervention.directions.Drafts.map;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * Each obligation once, cited by every clause that imposes it; who owes it and to whom as the text
 * says ("not stated" where it does not); and each cadence's anchor and rule, as data and in words.
 */
@QuarkusTest
class DutyObligationsTest {

    private static final String STOKE = "E06000021";
    private static final String MEDWAY = "E06000035";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void stokeOnTrentsReviewsOf7ebAndAnnex3hAreOneDutyOwedAsTheTextSays() {
        JsonPath feed = analyst().queryParam("council", STOKE).queryParam("status", "ISSUED").get("/v1/duties")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> reviews = feed.getList("items.findAll { it.citations.contains('Annex.3.h') && it.kind != 'WRITTEN_UPDATE' }");
        assertEquals(1, reviews.size(), "one series of reviews, whichever clause cites it");
        Map<String, Object> review = reviews.get(0);
        assertEquals("E06000021-2019-10-31/performance-review", review.get("id"));
        assertEquals("7.e.b", review.get("clause"));
        assertEquals(List.of("7.e.b", "Annex.3.h"), review.get("citations"));
        assertEquals(List.of("CHILDRENS_SERVICES_COMMISSIONER", "COUNCIL"), review.get("providers"));
        assertEquals("DEPARTMENT_FOR_EDUCATION", review.get("recipient"));
        // the Department assesses progress through the Board (7.e.c); nothing is delivered to the Board
        assertEquals("DEPARTMENT_FOR_EDUCATION", feed.getString("items.find { it.code == 'improvement-board-meeting' }.recipient"));
        assertEquals(List.of("Annex.3.a", "7.e.c"), feed.getList("items.find { it.code == 'improvement-board-meeting' }.citations"));
        assertEquals(List.of("7.d"), feed.getList("items.find { it.code == 'partnership-deadline' }.citations"));
    }

    @Test
    void medwaysReviewOf8eAndAnnexB3IsOneDutyAndB5sReportFollowsIt() {
        JsonPath feed = analyst().queryParam("council", MEDWAY).queryParam("status", "ISSUED").get("/v1/duties")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("board-progress-report", "commissioner-review", "quarterly-report-to-secretary-of-state", "minister-report",
                "lip-regular-reports", "work-plan-sign-off", "access-on-request"), feed.getList("items.code"));
        assertEquals(List.of("8.e", "AnnexB.3"), feed.getList("items.find { it.code == 'commissioner-review' }.citations"));
        assertEquals("NOT_STATED", feed.getString("items.find { it.code == 'commissioner-review' }.recipient"));
        assertEquals(List.of("AnnexB.5"), feed.getList("items.find { it.code == 'minister-report' }.citations"));
        assertEquals("CHOSEN", feed.getString("items.find { it.code == 'quarterly-report-to-secretary-of-state' }.cadence.anchorBasis"));
    }

    @Test
    void directionsDated29FebruaryAnd31AugustStateTheirRulesFromThoseDates() {
        String gss = CouncilsServiceStub.testCouncil();
        Drafts.issued(withCadences(Drafts.direction(gss, "2020-02-29")));
        Drafts.issued(withCadences(Drafts.revoking(gss, "2021-08-31", reference(gss, "2020-02-29"))));
        JsonPath feed = analyst().queryParam("council", gss).get("/v1/duties").then().statusCode(200).extract().jsonPath();

        String leap = reference(gss, "2020-02-29");
        String august = reference(gss, "2021-08-31");
        assertEquals(Map.of("type", "EVERY_N_MONTHS", "months", 3, "anchor", "DIRECTION_DATE", "anchorBasis", "STATED",
                        "rule", "every 3 months from 29 February 2020, on the same day of the month or the month's last day"),
                cadence(feed, leap + "/performance-review"));
        assertEquals(Map.of("type", "EVERY_N_MONTHS", "months", 3, "anchor", "CALENDAR_QUARTER", "anchorBasis", "CHOSEN",
                        "rule", "on the last day of each calendar quarter (31 March, 30 June, 30 September, 31 December), the first being "
                                + "31 March 2020 (the direction states no anchor: this one was chosen)"),
                cadence(feed, leap + "/quarterly-report"));
        assertEquals("on the last day of each calendar month, the first being 31 March 2020 (the first month that begins after "
                + "29 February 2020)", cadence(feed, leap + "/monthly-progress-report").get("rule"));
        assertEquals("every 3 months from 31 August 2021, on the same day of the month or the month's last day",
                cadence(feed, august + "/performance-review").get("rule"));
        assertEquals("on the last day of each calendar quarter (31 March, 30 June, 30 September, 31 December), the first being "
                + "30 September 2021 (the direction states no anchor: this one was chosen)", cadence(feed, august + "/quarterly-report").get("rule"));
        assertEquals("at 6 and 12 months from 31 August 2021, on the same day of the month or the month's last day",
                cadence(feed, august + "/minister-report").get("rule"));
        assertEquals(List.of("3.a", "Annex.1"), feed.getList("items.find { it.id == '" + august + "/performance-review' }.citations"));
    }

    @Test
    void anchorsTheirTypesDoNotTakeAreRefusedAndNothingIsStored() {
        String gss = CouncilsServiceStub.testCouncil();
        Map<String, Object> body = withCadences(Drafts.direction(gss, "2020-08-31"));
        at(body, "duties", 0).put("cadence", map("type", "MONTHLY", "anchor", "DIRECTION_DATE"));
        at(body, "duties", 1).put("cadence", map("type", "ONCE", "dueOn", "2020-11-30", "anchor", "CALENDAR_QUARTER"));
        at(body, "duties", 2).put("cadence", map("type", "AT_MONTH_OFFSETS", "offsets", list(6, 12), "anchorBasis", "CHOSEN"));
        at(body, "duties", 3).put("cadence", map("type", "EVERY_N_MONTHS", "months", 6, "anchor", "CALENDAR_QUARTER"));
        at(body, "duties", 3).put("citedBy", list("Annex.1", "Annex.1"));
        ValidatableResponse r = admin().body(body).post("/v1/directions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:validation"));
        for (String field : List.of("duties[0].cadence.anchor", "duties[1].cadence.anchor", "duties[2].cadence.anchorBasis",
                "duties[3].cadence.anchor", "duties[3].citedBy[1]")) {
            r.body("errors.field", hasItem(field));
        }
        analyst().get("/v1/directions/" + reference(gss, "2020-08-31")).then().statusCode(404);

        at(body, "duties", 0).put("cadence", map("type", "EVERY_N_MONTHS", "months", 3, "anchor", "FISCAL_YEAR"));
        admin().body(body).post("/v1/directions").then().statusCode(400).contentType("application/problem+json");
        analyst().get("/v1/directions/" + reference(gss, "2020-08-31")).then().statusCode(404);
    }

    /** reporting-service's tests stand in for this feed with a copy: it must be the feed as served. */
    @Test
    void reportingServicesCopyOfTheSeedDutiesIsTheFeedAsServed() throws Exception {
        Path copy = Path.of("..", "reporting-service", "src", "test", "resources", "stubs", "seed-duties.json");
        JsonNode expected = JSON.readTree(Files.readString(copy, StandardCharsets.UTF_8));
        List<JsonNode> served = new ArrayList<>();
        for (String council : List.of(STOKE, MEDWAY)) {
            String body = analyst().queryParam("council", council).queryParam("status", "ISSUED").get("/v1/duties")
                    .then().statusCode(200).extract().asString();
            JSON.readTree(body).get("items").forEach(served::add);
        }
        assertEquals(expected, JSON.valueToTree(served));
    }

    /** A database seeded before V3_2 holds each obligation twice; the migration makes it what a fresh seed writes. */
    @Test
    void theMigrationMergesObligationsADatabaseSeededEarlierHeldTwice() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        String schema = "before_v3_2_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            s.execute(resource("/migration/seeded-before-v3_2.sql"));
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration").load().migrate();

        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            ResultSet r = s.executeQuery("SELECT d.reference, u.position, u.code, u.clause, u.cited_by::text, u.providers::text, u.recipient, "
                    + "coalesce(u.cadence_anchor, '-'), coalesce(u.cadence_anchor_basis, '-') FROM duty u JOIN direction d ON d.id = u.direction_id "
                    + "ORDER BY d.reference, u.position");
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 9; i++) {
                    row.append(i == 1 ? "" : " ").append(r.getString(i));
                }
                rows.add(row.toString());
            }
            ResultSet a = s.executeQuery("SELECT entity_id FROM audit_event WHERE action = 'duties-corrected' ORDER BY entity_id");
            List<String> audited = new ArrayList<>();
            while (a.next()) {
                audited.add(a.getString(1));
            }
            assertEquals(List.of("E06000021-2019-10-31", "E06000035-2020-01-07"), audited);
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        assertEquals(List.of(
                "E06000021-2019-10-31 1 partnership-deadline 7.d {} {COUNCIL} SECRETARY_OF_STATE - -",
                "E06000021-2019-10-31 2 monthly-progress-report 7.e.a {} {CHILDRENS_SERVICES_COMMISSIONER,PARTNER_IN_PRACTICE,DIRECTOR_OF_CHILDRENS_SERVICES} DEPARTMENT_FOR_EDUCATION - -",
                "E06000021-2019-10-31 3 performance-review 7.e.b {Annex.3.h} {CHILDRENS_SERVICES_COMMISSIONER,COUNCIL} DEPARTMENT_FOR_EDUCATION DIRECTION_DATE STATED",
                "E06000021-2019-10-31 4 improvement-board-meeting Annex.3.a {7.e.c} {CHILDRENS_SERVICES_COMMISSIONER} DEPARTMENT_FOR_EDUCATION - -",
                "E06000021-2019-10-31 5 board-progress-report Annex.3.b {} {COUNCIL} IMPROVEMENT_BOARD - -",
                "E06000021-2019-10-31 6 minister-written-update Annex.3.h {} {CHILDRENS_SERVICES_COMMISSIONER} MINISTER_CHILDREN_FAMILIES - -",
                "E06000035-2020-01-07 1 board-progress-report 8.d {} {DIRECTOR_OF_CHILDRENS_SERVICES} IMPROVEMENT_BOARD - -",
                "E06000035-2020-01-07 2 commissioner-review 8.e {AnnexB.3} {NON_EXECUTIVE_COMMISSIONER,COUNCIL} NOT_STATED - -",
                "E06000035-2020-01-07 3 quarterly-report-to-secretary-of-state 8.f {} {IMPROVEMENT_BOARD_CHAIR} SECRETARY_OF_STATE DIRECTION_DATE CHOSEN",
                "E06000035-2020-01-07 4 minister-report AnnexB.5 {} {NON_EXECUTIVE_COMMISSIONER} PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES - -",
                "E06000035-2020-01-07 5 lip-regular-reports AnnexA.2.e {} {LEADERSHIP_IMPROVEMENT_PARTNER} DEPARTMENT_FOR_EDUCATION - -"), rows);
        // and what the fresh seed wrote in this service's own database is the same
        List<String> fresh = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT d.reference, u.position, u.code, u.clause, u.cited_by::text, u.providers::text, u.recipient, "
                    + "coalesce(u.cadence_anchor, '-'), coalesce(u.cadence_anchor_basis, '-') FROM duty u JOIN direction d ON d.id = u.direction_id "
                    + "WHERE d.reference IN ('E06000021-2019-10-31', 'E06000035-2020-01-07') ORDER BY d.reference, u.position");
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 9; i++) {
                    row.append(i == 1 ? "" : " ").append(r.getString(i));
                }
                fresh.add(row.toString());
            }
        }
        // the duties due on an event or on request came after the earlier seed: the seed adds them, not this migration
        assertEquals(rows, fresh.stream().filter(r -> !r.contains(" access-on-request ") && !r.contains(" work-plan-sign-off ")).toList());
        assertEquals(3, fresh.size() - rows.size());
    }

    /** The test direction's duties, with a second reference for 3.a and an unanchored quarterly report. */
    private static Map<String, Object> withCadences(Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        List<Object> duties = (List<Object>) body.get("duties");
        Map<String, Object> review = duty("performance-review", "3.a", "PERFORMANCE_REVIEW", "CHILDRENS_SERVICES_COMMISSIONER",
                "DEPARTMENT_FOR_EDUCATION", map("type", "EVERY_N_MONTHS", "months", 3, "anchor", "DIRECTION_DATE"));
        review.put("citedBy", list("Annex.1"));
        duties.add(review);
        duties.add(duty("quarterly-report", "3.b", "QUARTERLY_REPORT", "IMPROVEMENT_BOARD_CHAIR", "SECRETARY_OF_STATE",
                map("type", "EVERY_N_MONTHS", "months", 3, "anchor", "CALENDAR_QUARTER", "anchorBasis", "CHOSEN")));
        return body;
    }

    private static Map<String, Object> cadence(JsonPath feed, String id) {
        Map<String, Object> c = feed.getMap("items.find { it.id == '" + id + "' }.cadence");
        assertTrue(c != null, id);
        return c;
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = DutyObligationsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.DevTokens;
import uk.gov.education.intervention.reporting.submission.repository.IdempotencyRepository;
import uk.gov.education.intervention.reporting.submission.service.IdempotencyService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.person;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/**
 * Submissions for the seed directions' due items. Each test uses due items of its own (another
 * month of Stoke-on-Trent's monthly progress report, say), since tests share one database.
 */
@QuarkusTest
class SubmissionResourceTest extends StandInTest {

    @Inject
    IdempotencyService idempotency;

    @Inject
    IdempotencyRepository idempotencyRecords;

    private static final String MONTHLY = "E06000021-2019-10-31.monthly-progress-report.";

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    static Map<String, Object> section(String contributor, String narrative) {
        return map("contributor", contributor, "narrative", narrative);
    }

    static Map<String, Object> forItem(String dueItemId, Map<?, ?>... sections) {
        return map("dueItemId", dueItemId, "sections", List.of(sections));
    }

    static ExtractableResponse<Response> submit(RequestSpecification as, Object body, int status) {
        return as.header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/submissions")
                .then().statusCode(status).extract();
    }

    private static long submissionsFor(String dueItemId) {
        return analyst().queryParam("dueItemId", dueItemId).get("/v1/submissions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void aPartnerInPracticeSubmitsItsSectionOfStokesMonthlyReportWhileItsAppointmentIsActive() {
        String item = MONTHLY + "2019-11-30";
        var created = submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE",
                "Stockport's practice leads audited 40 cases.")), 201);
        assertEquals("SUBMITTED", created.path("status"));
        assertEquals(STOKE, created.path("councilGssCode"));
        assertEquals(STOCKPORT, created.path("sections[0].organisationGssCode"));
        assertEquals(STOCKPORT, created.path("versions[0].onBehalfOf"));
        String id = created.path("id");
        assertEquals("/v1/submissions/" + id + "/versions/1", java.net.URI.create(created.header("Location")).getPath());

        // Essex, the other Partner in Practice, adds its own section; neither partner sees the other's
        submit(reporter(ESSEX), forItem(item, section("PARTNER_IN_PRACTICE", "Essex's frontline support.")), 201);
        reporter(STOCKPORT).get("/v1/submissions/" + id).then().statusCode(200)
                .body("sections", hasSize(1)).body("sections[0].organisationGssCode", equalTo(STOCKPORT))
                .body("versions", hasSize(1)).body("fields", nullValue());
        reporter(ESSEX).get("/v1/submissions/" + id).then().statusCode(200)
                .body("sections", hasSize(1)).body("sections[0].organisationGssCode", equalTo(ESSEX));
        reporter(STOCKPORT).get("/v1/submissions/" + id + "/versions/2").then().statusCode(403);
        reporter(STOCKPORT).get("/v1/submissions/" + id + "/history").then().statusCode(403);
        // the council and its commissioner see the whole report, both sections carried into version 2
        commissioner(STOKE).get("/v1/submissions/" + id).then().statusCode(200)
                .body("currentVersion", equalTo(2)).body("sections", hasSize(2))
                .body("sections.find { it.organisationGssCode == 'E08000007' }.authoredInVersion", equalTo(1));

        // a partner may push only its own section: not the DCS's, not another partner's, not the council's fields
        submit(reporter(STOCKPORT), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Not ours.")), 403);
        submit(reporter(STOCKPORT), forItem(item, map("contributor", "PARTNER_IN_PRACTICE", "organisationGssCode", ESSEX,
                "narrative", "Pretending to be Essex.")), 403);
        submit(reporter(STOCKPORT), map("dueItemId", item, "sections", List.of(section("PARTNER_IN_PRACTICE", "x")),
                "fields", map("ragRating", "GREEN")), 403);
        // the performance review is the council's own: a partner owes nothing of it
        submit(reporter(STOCKPORT), forItem("E06000021-2019-10-31.performance-review.2020-01-31",
                section("PARTNER_IN_PRACTICE", "x")), 422);
    }

    @Test
    void eachSectionIsWrittenOnlyByItsContributor() {
        String item = MONTHLY + "2020-11-30";
        // the council's users write the council's and the DCS's sections, not a partner's or the Commissioner's
        submit(reporter(STOKE), forItem(item, map("contributor", "PARTNER_IN_PRACTICE", "organisationGssCode", STOCKPORT,
                "narrative", "Written for Stockport by someone else.")), 403);
        submit(reporter(STOKE), forItem(item, section("CHILDRENS_SERVICES_COMMISSIONER", "Not the Commissioner.")), 403);
        // the Commissioner writes hers, not the DCS's
        submit(commissioner(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Not the DCS.")), 403);
        assertEquals(0, submissionsFor(item));
        String id = submit(commissioner(STOKE), forItem(item, section("CHILDRENS_SERVICES_COMMISSIONER", "The Commissioner's view.")), 201)
                .path("id");
        submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's own words.")), 201);
        // the Department may write any, for a contributor
        submit(admin(), forItem(item, map("contributor", "PARTNER_IN_PRACTICE", "organisationGssCode", ESSEX,
                "narrative", "Essex's section, entered by the Department.")), 201);
        analyst().get("/v1/submissions/" + id).then().statusCode(200)
                .body("sections.contributor", org.hamcrest.Matchers.containsInAnyOrder("CHILDRENS_SERVICES_COMMISSIONER",
                        "PARTNER_IN_PRACTICE", "PARTNER_IN_PRACTICE"))
                .body("sections.find { it.organisationGssCode == 'E08000007' }.narrative", equalTo("Stockport's own words."));
    }

    /** A NUL character, which PostgreSQL cannot store, is refused as the body is read, naming the field. */
    @Test
    void aValueTheDatabaseCannotStoreIsABadRequest() {
        String item = MONTHLY + "2020-12-31";
        var refused = submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "A NUL \u0000 in the text.")), 400);
        assertEquals("urn:problem-type:intervention:validation", refused.path("type"));
        assertEquals(List.of("sections[0].narrative"), refused.path("errors.field"));
        assertEquals(0, submissionsFor(item));
    }

    @Test
    void withoutAnActiveAppointmentAPartnerIsRefused() {
        // Stockport holds no appointment for Medway
        submit(reporter(STOCKPORT), map("councilGssCode", MEDWAY, "title", "Unasked", "sections",
                List.of(section("PARTNER_IN_PRACTICE", "x"))), 403);
        submit(reporter(STOCKPORT), forItem("E06000035-2020-01-07.quarterly-report-to-secretary-of-state.2020-04-07",
                section("PARTNER_IN_PRACTICE", "x")), 403);
        // and once its appointment for Stoke-on-Trent has ended, nothing more there either
        Downstream.endAppointments(STOCKPORT, STOKE, today().minusDays(1));
        submit(reporter(STOCKPORT), forItem(MONTHLY + "2020-03-31", section("PARTNER_IN_PRACTICE", "x")), 403);
        assertEquals(0, submissionsFor(MONTHLY + "2020-03-31"));
    }

    @Test
    void medwaysUsersCanNeitherReadNorSubmitAnythingOfStokes() {
        String item = MONTHLY + "2019-12-31";
        String id = submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "December's report.")), 201)
                .path("id");
        submit(reporter(MEDWAY), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 403);
        reporter(MEDWAY).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(map("sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "x"))))
                .post("/v1/submissions/" + id + "/versions").then().statusCode(403);
        reporter(MEDWAY).get("/v1/submissions/" + id).then().statusCode(403).contentType("application/problem+json");
        reporter(MEDWAY).get("/v1/submissions/" + id + "/versions").then().statusCode(403);
        reporter(MEDWAY).get("/v1/submissions/" + id + "/versions/1").then().statusCode(403);
        reporter(MEDWAY).get("/v1/submissions/" + id + "/history").then().statusCode(403);
        reporter(MEDWAY).queryParam("council", STOKE).get("/v1/submissions").then().statusCode(403)
                .body("rule", equalTo("council-access"));
        reporter(MEDWAY).get("/v1/submissions").then().statusCode(200).body("items.councilGssCode", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(STOKE)));
        reporter(MEDWAY).get("/v1/due-items/" + item).then().statusCode(403);
        commissionerOnlyOf(MEDWAY).get("/v1/submissions/" + id).then().statusCode(403);
        // the seed Commissioner serves both councils: her Medway identity is hers, and reads it
        commissioner(MEDWAY).get("/v1/submissions/" + id).then().statusCode(200);
        assertEquals(1, submissionsFor(item));
        analyst().get("/v1/submissions/" + id).then().statusCode(200).body("currentVersion", equalTo(1));
    }

    @Test
    void retryingWithTheSameIdempotencyKeyStoresNothingNew() {
        String item = MONTHLY + "2020-01-31";
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "January's report."));
        var first = reporter(STOKE).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201).extract();
        var again = reporter(STOKE).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.path("id").toString(), again.path("id").toString());
        assertEquals(first.header("Location"), again.header("Location"));
        // the first answer is the response kept for replays, typed as the JSON writer types it
        assertEquals(first.asString(), again.asString());
        assertEquals("application/json;charset=UTF-8", first.contentType());
        assertEquals(first.contentType(), again.contentType(), "a replay is typed as the first answer");
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(1, (int) again.path("currentVersion"));
        analyst().get("/v1/submissions/" + first.path("id")).then().body("currentVersion", equalTo(1)).body("versions", hasSize(1));
        assertEquals(1, submissionsFor(item));

        // the same key with another body is refused; so is a missing or malformed key
        reporter(STOKE).header("Idempotency-Key", key).body(forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Other.")))
                .post("/v1/submissions").then().statusCode(422).body("rule", equalTo("idempotency-key-reused"));
        reporter(STOKE).body(body).post("/v1/submissions").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        reporter(STOKE).header("Idempotency-Key", "has spaces in it").body(body).post("/v1/submissions").then().statusCode(400);
        // keys are per caller: another caller's identical key is a request of its own
        admin().header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201)
                .body("currentVersion", equalTo(2));
        // a request that failed leaves its key free for the corrected retry
        String key2 = UUID.randomUUID().toString();
        reporter(STOKE).header("Idempotency-Key", key2).body(forItem(item, section("NOBODY", "x"))).post("/v1/submissions")
                .then().statusCode(400);
        reporter(STOKE).header("Idempotency-Key", key2).body(forItem(item, section("COUNCIL", "x"))).post("/v1/submissions")
                .then().statusCode(422).body("rule", equalTo("section-not-owed"));
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillInFlightIs409() throws Exception {
        // the first request waits on councils-service (checking Stockport's appointment) while the retry arrives
        Downstream.councilsSlow(2500);
        Downstream.clearJournals();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = forItem(MONTHLY + "2020-10-31", section("PARTNER_IN_PRACTICE", "October."));
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> reporter(STOCKPORT).header("Idempotency-Key", key)
                .body(body).post("/v1/submissions").then().extract().statusCode());
        for (int i = 0; i < 200 && Downstream.councilsCalls() == 0; i++) {
            Thread.sleep(25);
        }
        reporter(STOCKPORT).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:problem-type:intervention:idempotency-request-in-flight"));
        // councils-service does not answer within the timeout: the first fails, and its key is free again
        assertEquals(503, first.get());
        Downstream.reset();
        reporter(STOCKPORT).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201);
    }

    @Test
    void aSlowFirstRequestIsNeverTakenOverByARetry() throws Exception {
        // the first request waits on councils-service (checking Stockport's appointment), each answer within the timeout
        Downstream.councilsDelayed(1000);
        Downstream.clearJournals();
        String key = UUID.randomUUID().toString();
        String item = MONTHLY + "2021-09-30";
        Map<String, Object> body = forItem(item, section("PARTNER_IN_PRACTICE", "February, slowly."));
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> reporter(STOCKPORT).header("Idempotency-Key", key)
                .body(body).post("/v1/submissions").then().extract().statusCode());
        for (int i = 0; i < 200 && Downstream.councilsCalls() == 0; i++) {
            Thread.sleep(25);
        }
        // by the service's clock the first began an hour ago; it is still running, so a retry must not run it again
        clock.advance(Duration.ofHours(1));
        reporter(STOCKPORT).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(409)
                .body("type", equalTo("urn:problem-type:intervention:idempotency-request-in-flight"));
        assertEquals(201, first.get());
        reporter(STOCKPORT).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("currentVersion", equalTo(1));
        analyst().queryParam("dueItemId", item).get("/v1/submissions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].currentVersion", equalTo(1));
    }

    @Test
    void aKeysResponseIsKeptForSevenDaysThenTheKeyIsFreeAgain() {
        String item = MONTHLY + "2021-10-31";
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "March."));
        reporter(STOKE).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201);
        clock.advance(Duration.ofDays(6));
        reporter(STOKE).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("currentVersion", equalTo(1));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        reporter(STOKE).header("Idempotency-Key", key).body(body).post("/v1/submissions").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("currentVersion", equalTo(2));
    }

    @Test
    void expiredKeysArePurged() {
        String key = UUID.randomUUID().toString();
        reporter(STOKE).header("Idempotency-Key", key).body(forItem(MONTHLY + "2021-11-30",
                section("DIRECTOR_OF_CHILDRENS_SERVICES", "April."))).post("/v1/submissions").then().statusCode(201);
        assertEquals(1, idempotencyRecords.count("key.idempotencyKey = ?1", key));
        idempotency.purgeExpired();
        assertEquals(1, idempotencyRecords.count("key.idempotencyKey = ?1", key));
        clock.advance(Duration.ofDays(8));
        assertTrue(idempotency.purgeExpired() >= 1);
        assertEquals(0, idempotencyRecords.count("key.idempotencyKey = ?1", key));
    }

    @Test
    void returnedThenResubmittedThenAcceptedKeepsEveryVersion() {
        String item = MONTHLY + "2020-02-29";
        var created = submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "February, first draft.")), 201);
        String id = created.path("id");
        String etag = created.header("ETag");
        // reviewing needs If-Match; a stale one is refused; returning needs comments
        commissioner(STOKE).body(map("decision", "RETURN", "comments", "Add the audit findings."))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(428);
        commissioner(STOKE).header("If-Match", "\"999\"").body(map("decision", "RETURN", "comments", "x"))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(412);
        commissioner(STOKE).header("If-Match", etag).body(map("decision", "RETURN"))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(400).body("errors[0].field", equalTo("comments"));
        // only dfe-admin or the council's commissioner reviews
        reporter(STOKE).header("If-Match", etag).body(map("decision", "ACCEPT")).post("/v1/submissions/" + id + "/reviews")
                .then().statusCode(403);
        analyst().header("If-Match", etag).body(map("decision", "ACCEPT")).post("/v1/submissions/" + id + "/reviews")
                .then().statusCode(403);
        commissionerOnlyOf(MEDWAY).header("If-Match", etag).body(map("decision", "ACCEPT")).post("/v1/submissions/" + id + "/reviews")
                .then().statusCode(403).body("rule", equalTo("oversight"));

        String returnedTag = commissioner(STOKE).header("If-Match", etag).body(map("decision", "RETURN", "comments", "Add the audit findings."))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("reviews[0].comments", equalTo("Add the audit findings."))
                .extract().header("ETag");
        analyst().get("/v1/due-items/" + item).then().body("status", equalTo("RETURNED")).body("submissionId", equalTo(id));
        admin().header("If-Match", returnedTag).body(map("decision", "ACCEPT")).post("/v1/submissions/" + id + "/reviews")
                .then().statusCode(409);

        var v2 = reporter(STOKE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(map("sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "February, with the audit findings.")),
                        "note", "As the Commissioner asked."))
                .post("/v1/submissions/" + id + "/versions").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(2)).extract();
        admin().header("If-Match", v2.header("ETag")).body(map("decision", "ACCEPT")).post("/v1/submissions/" + id + "/reviews")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("reviews", hasSize(2));
        analyst().get("/v1/due-items/" + item).then().body("status", equalTo("ACCEPTED"));

        analyst().get("/v1/submissions/" + id + "/versions").then().statusCode(200).body("number", equalTo(List.of(1, 2)))
                .body("[1].note", equalTo("As the Commissioner asked."));
        analyst().get("/v1/submissions/" + id + "/versions/1").then().statusCode(200)
                .body("sections[0].narrative", equalTo("February, first draft."));
        // an accepted submission takes no more versions
        reporter(STOKE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(map("sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "More."))))
                .post("/v1/submissions/" + id + "/versions").then().statusCode(422).body("rule", equalTo("submission-accepted"));
        // and the history says who did what
        analyst().get("/v1/submissions/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("submitted", "returned", "version-added", "accepted")))
                .body("items[1].changes.status.to", equalTo("RETURNED"))
                .body("items[3].actor", notNullValue());
    }

    @Test
    void aPageOfDueItemsJudgesItsOwnItemsByTheReportsAnsweringThem() {
        // a page's statuses come from the reports answering that page's items (read for the page alone)
        clock.setToday(LocalDate.of(2022, 1, 3));
        String id = submit(reporter(STOKE), forItem(MONTHLY + "2021-12-31", section("DIRECTOR_OF_CHILDRENS_SERVICES", "December.")), 201)
                .path("id");
        RequestSpecification monthly = analyst().queryParam("council", STOKE).queryParam("dutyId", "E06000021-2019-10-31/monthly-progress-report")
                .queryParam("from", "2021-11-30").queryParam("limit", 1);
        String next = monthly.get("/v1/due-items").then().statusCode(200)
                .body("items.id", equalTo(List.of(MONTHLY + "2021-11-30"))).extract().path("next");
        analyst().queryParam("council", STOKE).queryParam("dutyId", "E06000021-2019-10-31/monthly-progress-report")
                .queryParam("from", "2021-11-30").queryParam("limit", 1).queryParam("cursor", next).get("/v1/due-items").then().statusCode(200)
                .body("items.id", equalTo(List.of(MONTHLY + "2021-12-31")))
                .body("items[0].status", equalTo("SUBMITTED_ON_TIME"))
                .body("items[0].submissionId", equalTo(id));
        // filtered by status, every item is judged before the page is cut
        analyst().queryParam("council", STOKE).queryParam("status", "SUBMITTED_ON_TIME").queryParam("from", "2021-12-01")
                .queryParam("limit", 1).get("/v1/due-items").then().statusCode(200)
                .body("items.id", equalTo(List.of(MONTHLY + "2021-12-31")));
    }

    @Test
    void timelinessIsJudgedByTheFirstVersionsArrival() {
        // the test profile's grace period is 3 days
        clock.setToday(LocalDate.of(2020, 4, 3));
        submit(reporter(STOKE), forItem(MONTHLY + "2020-03-31", section("DIRECTOR_OF_CHILDRENS_SERVICES", "March, in the grace period.")), 201)
                .path("id");
        analyst().get("/v1/due-items/" + MONTHLY + "2020-03-31").then().body("status", equalTo("SUBMITTED_ON_TIME"));
        clock.setToday(LocalDate.of(2020, 5, 4));
        String late = submit(reporter(STOKE), forItem(MONTHLY + "2020-04-30", section("DIRECTOR_OF_CHILDRENS_SERVICES", "April, late.")), 201)
                .path("id");
        analyst().get("/v1/submissions/" + late).then().body("onTime", equalTo(false));
        analyst().get("/v1/due-items/" + MONTHLY + "2020-04-30").then().body("status", equalTo("SUBMITTED_LATE"));
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        String item = MONTHLY + "2020-05-31";
        RequestSpecification stoke = reporter(STOKE).header("Idempotency-Key", UUID.randomUUID().toString());
        stoke.body("{\"dueItemId\": \"" + item + "\", \"sections\": [").post("/v1/submissions").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:problem-type:intervention:validation"));
        reporter(STOKE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(map("dueItemId", item, "sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), "colour", "red"))
                .post("/v1/submissions").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        submit(reporter(STOKE), map("dueItemId", item), 400);
        submit(reporter(STOKE), map("dueItemId", item, "sections", List.of()), 400);
        submit(reporter(STOKE), forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", " ")), 400);
        submit(reporter(STOKE), forItem("E06000021-2019-10-31.monthly-progress-report.31-05-2020",
                section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 400);
        submit(reporter(STOKE), forItem(item, section("NOBODY", "x")), 400);
        // a section from a contributor the duty does not name
        submit(reporter(STOKE), forItem(item, section("IMPROVEMENT_BOARD_CHAIR", "x")), 422);
        // two sections from the same contributor
        submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "x"),
                section("DIRECTOR_OF_CHILDRENS_SERVICES", "y")), 400);
        // a due item that does not exist (the 30th is not a due date of this duty)
        submit(reporter(STOKE), forItem("E06000021-2019-10-31.monthly-progress-report.2020-05-30",
                section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 404);
        // ad hoc reports need a council and a title; a due item's council must match
        submit(reporter(STOKE), map("sections", List.of(section("COUNCIL", "x"))), 400);
        submit(reporter(STOKE), map("councilGssCode", STOKE, "sections", List.of(section("COUNCIL", "x"))), 400);
        submit(reporter(STOKE), map("dueItemId", item, "councilGssCode", MEDWAY, "sections",
                List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "x"))), 400);
        // structured fields are flat
        submit(reporter(STOKE), map("dueItemId", item, "sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")),
                "fields", map("nested", map("a", 1))), 400);
        assertEquals(0, submissionsFor(item));
        // only those who report may submit
        submit(analyst(), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 403);
        anonymous().header("Idempotency-Key", "k").body(forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")))
                .post("/v1/submissions").then().statusCode(401).contentType("application/problem+json");
        assertEquals(0, submissionsFor(item));
    }

    @Test
    void attachmentsAreCheckedStoredOnceAndServedWithTheirDigest() throws Exception {
        String item = MONTHLY + "2020-06-30";
        byte[] pdf = "%PDF-1.4 test report".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String b64 = Base64.getEncoder().encodeToString(pdf);
        Map<String, Object> attachment = map("fileName", "dashboard.pdf", "contentType", "application/pdf", "contentBase64", b64,
                "sha256", sha);
        // refused: a type not accepted, a digest that does not match, content that is not base64
        submit(reporter(STOKE), forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", "x",
                "attachments", List.of(map("fileName", "run.exe", "contentType", "application/x-msdownload", "contentBase64", b64)))), 400);
        submit(reporter(STOKE), forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", "x",
                "attachments", List.of(map("fileName", "d.pdf", "contentType", "application/pdf", "contentBase64", b64,
                        "sha256", "0".repeat(64))))), 400);
        submit(reporter(STOKE), forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", "x",
                "attachments", List.of(map("fileName", "d.pdf", "contentType", "application/pdf", "contentBase64", "***")))), 400);
        assertEquals(0, submissionsFor(item));

        var created = submit(reporter(STOKE), forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES",
                "narrative", "June, with the dashboard.", "attachments", List.of(attachment))), 201);
        assertEquals(sha, created.path("sections[0].attachments[0].sha256"));
        assertEquals(pdf.length, (int) created.path("sections[0].attachments[0].sizeBytes"));
        String href = created.path("sections[0].attachments[0].href");
        byte[] downloaded = analyst().get(href).then().statusCode(200).contentType("application/pdf")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":")
                .extract().asByteArray();
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), new String(downloaded, StandardCharsets.US_ASCII));
        reporter(MEDWAY).get(href).then().statusCode(403);
    }

    @Test
    void noCacheKeepsASubmissionOrAnAttachment() {
        String item = MONTHLY + "2021-01-31";
        byte[] pdf = "%PDF-1.4 not for caches".getBytes(StandardCharsets.US_ASCII);
        var created = reporter(STOKE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", "January.",
                        "attachments", List.of(map("fileName", "j.pdf", "contentType", "application/pdf",
                                "contentBase64", Base64.getEncoder().encodeToString(pdf))))))
                .post("/v1/submissions").then().statusCode(201).header("Cache-Control", "no-store").extract();
        String id = created.path("id");
        for (String path : List.of("/v1/submissions", "/v1/submissions/" + id, "/v1/submissions/" + id + "/versions",
                "/v1/submissions/" + id + "/versions/1", "/v1/submissions/" + id + "/history",
                (String) created.path("sections[0].attachments[0].href"))) {
            String etag = analyst().get(path).then().statusCode(200).header("Cache-Control", "no-store").extract().header("ETag");
            assertNotNull(etag, path);
            // a conditional read answered 304 is still not to be kept
            analyst().header("If-None-Match", etag).get(path).then().statusCode(304)
                    .header("Cache-Control", "no-store").header("ETag", etag);
        }
        // refusals too
        reporter(MEDWAY).get("/v1/submissions/" + id).then().statusCode(403).header("Cache-Control", "no-store");
        analyst().get("/v1/submissions/" + UUID.randomUUID()).then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void attachmentsOverTheSizeLimitAre413() {
        String item = MONTHLY + "2020-07-31";
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        submit(reporter(STOKE), forItem(item, map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", "x",
                        "attachments", List.of(map("fileName", "big.pdf", "contentType", "application/pdf",
                                "contentBase64", Base64.getEncoder().encodeToString(big))))), 413);
        assertEquals(0, submissionsFor(item));
    }

    @Test
    void itemsOfARevokedDirectionThatHadNotFallenDueTakeNoSubmission() {
        var duties = Downstream.seedDuties();
        duties.replaceAll(d -> d.get("councilGssCode").asText().equals(STOKE)
                ? d.deepCopy().put("directionStatus", "REVOKED").put("revokedOn", "2020-08-15") : d);
        Downstream.setDuties(duties);
        assertEquals("due-item-withdrawn", submit(reporter(STOKE), forItem(MONTHLY + "2020-08-31",
                section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 422).path("rule"));
        assertEquals(0, submissionsFor(MONTHLY + "2020-08-31"));
    }

    @Test
    void pushesAreCheckedAgainstTheKeptDutiesAndRefusedWhenAPartnersGrantCannotBeChecked() {
        // with directions-service down, the kept copy of its duties still checks the due item
        analyst().queryParam("council", STOKE).get("/v1/due-items").then().statusCode(200);
        Downstream.directionsDown();
        submit(reporter(STOKE), forItem(MONTHLY + "2020-09-30", section("DIRECTOR_OF_CHILDRENS_SERVICES", "September.")), 201);
        Downstream.councilsDown();
        // a partner's grant cannot be checked without councils-service
        assertEquals("councils-service", submit(reporter(STOCKPORT), forItem(MONTHLY + "2020-09-30",
                section("PARTNER_IN_PRACTICE", "x")), 503).path("dependency"));
        analyst().queryParam("dueItemId", MONTHLY + "2020-09-30").get("/v1/submissions").then()
                .body("items[0].sections", hasSize(1)).body("items[0].sections[0].contributor", containsString("DIRECTOR"));
    }

    // ------------------------------------------------------------------ access follows appointment

    private static final String MEDWAY_QUARTERLY = "E06000035-2020-01-07.quarterly-report-to-secretary-of-state.";

    private static String etagOf(String id) {
        return analyst().get("/v1/submissions/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ExtractableResponse<Response> resubmit(RequestSpecification as, String id, Object body, int status) {
        return as.header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/submissions/" + id + "/versions")
                .then().statusCode(status).extract();
    }

    @Test
    void medwaysStaffCannotFileTheImprovementBoardChairsReportNorCanAnyoneButTheChairOnceOneIsRecorded() {
        String item = MEDWAY_QUARTERLY + "2020-04-07";
        // duty 8.f is owed by the Improvement Board's chair, and councils-service records no chair for Medway
        var refused = submit(reporter(MEDWAY), forItem(item, section("IMPROVEMENT_BOARD_CHAIR", "Quarterly progress.")), 403);
        assertEquals("section-writer", refused.path("rule"));
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("urn:problem-type:intervention:forbidden", refused.path("type"));
        submit(commissioner(MEDWAY), forItem(item, section("IMPROVEMENT_BOARD_CHAIR", "Quarterly progress.")), 403);
        submit(reporter(STOCKPORT), forItem(item, section("IMPROVEMENT_BOARD_CHAIR", "Quarterly progress.")), 403);
        assertEquals(0, submissionsFor(item));

        // once the Department records a chair (and links the chair's identity), the chair writes it, and still nobody else
        Downstream.appoint("IMPROVEMENT_BOARD_CHAIR", MEDWAY, "c0000000-0000-4000-8000-0000000b0c01", null, LocalDate.of(2020, 1, 7), null);
        Downstream.linkIdentity(DevTokens.subject("council-reporter", MEDWAY, "board-chair"), "c0000000-0000-4000-8000-0000000b0c01");
        submit(reporter(MEDWAY), forItem(item, section("IMPROVEMENT_BOARD_CHAIR", "Quarterly progress.")), 403);
        var filed = submit(person("council-reporter", MEDWAY, "board-chair"),
                forItem(item, section("IMPROVEMENT_BOARD_CHAIR", "The chair's quarterly report.")), 201);
        assertEquals("dev-council-reporter.E06000035.board-chair@example.invalid", filed.path("sections[0].authoredBy"));
        // dfe-admin may enter it on the chair's behalf
        resubmit(admin(), filed.path("id"), map("sections", List.of(section("IMPROVEMENT_BOARD_CHAIR", "As sent by post."))), 201);
    }

    @Test
    void theDcsSectionIsTheCouncilsStaffsWhileNoDcsIsRecordedThenTheDcssAlone() {
        String item = MONTHLY + "2021-01-31";
        String id = submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Written by the council's staff.")), 201)
                .path("id");
        assertEquals("section-writer", submit(commissioner(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 403)
                .path("rule"));
        submit(reporter(STOCKPORT), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "x")), 403);

        Downstream.appoint("DIRECTOR_OF_CHILDRENS_SERVICES", STOKE, "c0000000-0000-4000-8000-0000000dc501", null, LocalDate.of(2020, 2, 1), null);
        Downstream.linkIdentity(DevTokens.subject("council-reporter", STOKE, "dcs"), "c0000000-0000-4000-8000-0000000dc501");
        var refused = resubmit(reporter(STOKE), id, map("sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "x"))), 403);
        assertEquals("section-writer", refused.path("rule"));
        resubmit(person("council-reporter", STOKE, "dcs"), id,
                map("sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "Written by the DCS."))), 201);
        analyst().get("/v1/submissions/" + id).then().body("currentVersion", equalTo(2))
                .body("sections[0].authoredBy", equalTo("dev-council-reporter.E06000021.dcs@example.invalid"));
    }

    @Test
    void aPartnerSeesEveryDecisionButNeitherCommentsOnTheWholeReportNorWhoReviewed() {
        String item = MONTHLY + "2021-02-28";
        String id = submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's audits.")), 201).path("id");
        submit(reporter(ESSEX), forItem(item, section("PARTNER_IN_PRACTICE", "Essex's frontline support.")), 201);
        commissioner(STOKE).header("If-Match", etagOf(id)).body(map("decision", "RETURN", "comments", "Essex's section lacks figures."))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200);
        String seen = reporter(STOCKPORT).get("/v1/submissions/" + id).then().statusCode(200)
                .body("reviews", hasSize(1)).body("reviews[0].decision", equalTo("RETURN"))
                .body("reviews[0].comments", nullValue()).body("reviews[0].reviewer", nullValue())
                .extract().asString();
        assertFalse(seen.contains("lacks figures"), seen);
        assertFalse(seen.contains("dev-commissioner"), seen);
        // the council, its Commissioner and the Department read it all
        for (RequestSpecification whole : List.of(reporter(STOKE), commissioner(STOKE), analyst())) {
            whole.get("/v1/submissions/" + id).then().statusCode(200).body("sections", hasSize(2))
                    .body("reviews[0].comments", equalTo("Essex's section lacks figures."))
                    .body("reviews[0].reviewer", equalTo("dev-commissioner.E06000021@example.invalid"));
        }
    }

    @Test
    void commentsAddressedToASectionAreReadByItsWritersAndTheReturnWaitsForThem() {
        String item = MONTHLY + "2021-03-31";
        String id = submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's audits.")), 201).path("id");
        submit(reporter(ESSEX), forItem(item, section("PARTNER_IN_PRACTICE", "Essex's frontline support.")), 201);
        // a comment must address a section of the version reviewed
        commissioner(STOKE).header("If-Match", etagOf(id)).body(map("decision", "RETURN", "sectionComments",
                        List.of(map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "comments", "x"))))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(400).body("errors[0].field", equalTo("sectionComments[0]"));
        commissioner(STOKE).header("If-Match", etagOf(id)).body(map("decision", "RETURN", "sectionComments", List.of(
                        map("contributor", "PARTNER_IN_PRACTICE", "organisationGssCode", STOCKPORT, "comments", "Stockport: what did the audits find?"),
                        map("contributor", "PARTNER_IN_PRACTICE", "organisationGssCode", ESSEX, "comments", "Essex: which teams?"))))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviews[0].sectionComments", hasSize(2));
        reporter(STOCKPORT).get("/v1/submissions/" + id).then().statusCode(200)
                .body("reviews[0].sectionComments.comments", equalTo(List.of("Stockport: what did the audits find?")))
                .body("reviews[0].sectionComments[0].organisationGssCode", equalTo(STOCKPORT));
        reporter(ESSEX).get("/v1/submissions/" + id).then().statusCode(200)
                .body("reviews[0].sectionComments.comments", equalTo(List.of("Essex: which teams?")));

        // Stockport answers its comment: the report still waits for Essex's
        resubmit(reporter(STOCKPORT), id, map("sections", List.of(section("PARTNER_IN_PRACTICE", "31 of 40 met the standard."))), 201)
                .path("status");
        analyst().get("/v1/submissions/" + id).then().body("status", equalTo("RETURNED"));
        analyst().get("/v1/due-items/" + item).then().body("status", equalTo("RETURNED"));
        resubmit(reporter(ESSEX), id, map("sections", List.of(section("PARTNER_IN_PRACTICE", "The two assessment teams."))), 201);
        analyst().get("/v1/submissions/" + id).then().body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(4));
    }

    @Test
    void aPartnersVersionDoesNotAnswerAReturnAddressedToTheCouncil() {
        String item = MONTHLY + "2021-04-30";
        String id = submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "The DCS's report.")), 201).path("id");
        submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's audits.")), 201);
        commissioner(STOKE).header("If-Match", etagOf(id)).body(map("decision", "RETURN", "comments", "The council must add caseloads."))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200).body("status", equalTo("RETURNED"));
        // Stockport revises its own section: the report stays RETURNED, and cannot be accepted as if answered
        assertEquals("RETURNED", resubmit(reporter(STOCKPORT), id,
                map("sections", List.of(section("PARTNER_IN_PRACTICE", "Stockport's audits, revised."))), 201).path("status"));
        analyst().get("/v1/due-items/" + item).then().body("status", equalTo("RETURNED"));
        commissioner(STOKE).header("If-Match", etagOf(id)).body(map("decision", "ACCEPT"))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(409);
        // the council's staff answer it
        assertEquals("SUBMITTED", resubmit(reporter(STOKE), id,
                map("sections", List.of(section("DIRECTOR_OF_CHILDRENS_SERVICES", "With caseloads."))), 201).path("status"));
    }

    @Test
    void aPartnerCannotAddItsSectionToAnAdHocReportNoDutyOwes() {
        String id = submit(reporter(STOKE), map("councilGssCode", STOKE, "title", "Recruitment of social workers",
                "sections", List.of(section("COUNCIL", "Twelve posts filled."))), 201).path("id");
        assertEquals("section-writer", resubmit(reporter(STOCKPORT), id,
                map("sections", List.of(section("PARTNER_IN_PRACTICE", "Our view of their recruitment."))), 403).path("rule"));
        analyst().get("/v1/submissions/" + id).then().body("currentVersion", equalTo(1));
        // a partner's own ad-hoc report is its to revise
        String own = submit(reporter(STOCKPORT), map("councilGssCode", STOKE, "title", "Stockport's note on audits",
                "sections", List.of(section("PARTNER_IN_PRACTICE", "First note."))), 201).path("id");
        resubmit(reporter(STOCKPORT), own, map("sections", List.of(section("PARTNER_IN_PRACTICE", "Second note."))), 201);
        resubmit(reporter(ESSEX), own, map("sections", List.of(section("PARTNER_IN_PRACTICE", "Essex's."))), 403);
    }

    @Test
    void aPartnerReadsNothingMoreOnceItsAppointmentEnds() throws Exception {
        String item = MONTHLY + "2021-05-31";
        byte[] text = "Audit notes".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        String id = submit(reporter(STOCKPORT), forItem(item, map("contributor", "PARTNER_IN_PRACTICE", "narrative", "Stockport's audits.",
                "attachments", List.of(map("fileName", "notes.txt", "contentType", "text/plain",
                        "contentBase64", Base64.getEncoder().encodeToString(text))))), 201).path("id");
        reporter(STOCKPORT).get("/v1/submissions/" + id).then().statusCode(200);
        reporter(STOCKPORT).get("/v1/submissions/" + id + "/attachments/" + sha).then().statusCode(200);

        Downstream.endAppointments(STOCKPORT, STOKE, today().minusDays(1));
        for (String path : List.of("", "/versions", "/versions/1", "/attachments/" + sha)) {
            reporter(STOCKPORT).get("/v1/submissions/" + id + path).then().statusCode(403).contentType("application/problem+json")
                    .body("rule", equalTo("council-access"));
        }
        reporter(STOCKPORT).get("/v1/submissions").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(id)));
        reporter(STOCKPORT).get("/v1/due-items/" + item).then().statusCode(403);
    }

    @Test
    void aPartnersListOfDueItemsLinksOnlyTheReportsItContributedTo() {
        // items no other test of the module reports on (ConcurrencyTest, for one, reports on 2022's late)
        String mine = MONTHLY + "2025-05-31";
        String theirs = MONTHLY + "2025-06-30";
        String own = submit(reporter(STOCKPORT), forItem(mine, section("PARTNER_IN_PRACTICE", "Stockport's audits.")), 201).path("id");
        String stokes = submit(reporter(STOKE), forItem(theirs, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Stoke's.")), 201).path("id");
        RequestSpecification monthly = reporter(STOCKPORT).queryParam("council", STOKE)
                .queryParam("dutyId", "E06000021-2019-10-31/monthly-progress-report").queryParam("from", "2025-05-01")
                .queryParam("to", "2025-06-30");
        // both items are judged by their reports; only the report Stockport wrote a section of is linked
        monthly.get("/v1/due-items").then().statusCode(200)
                .body("items.id", equalTo(List.of(mine, theirs)))
                .body("items.status", equalTo(List.of("SUBMITTED_ON_TIME", "SUBMITTED_ON_TIME")))
                .body("items.submissionId", equalTo(java.util.Arrays.asList(own, null)));
        analyst().queryParam("council", STOKE).queryParam("dutyId", "E06000021-2019-10-31/monthly-progress-report")
                .queryParam("from", "2025-05-01").queryParam("to", "2025-06-30").get("/v1/due-items").then().statusCode(200)
                .body("items.submissionId", equalTo(List.of(own, stokes)));
        reporter(STOCKPORT).get("/v1/due-items/" + mine).then().statusCode(200).body("submissionId", equalTo(own));
    }

    @Test
    void aRefusedPartnerLearnsNoReportIdFromAnAcceptedReport() {
        String item = MONTHLY + "2021-06-30";
        String id = submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's audits.")), 201).path("id");
        admin().header("If-Match", etagOf(id)).body(map("decision", "ACCEPT")).post("/v1/submissions/" + id + "/reviews")
                .then().statusCode(200);
        // Essex, which may not read Stockport's report, pushes its own section after the report was accepted
        var refused = submit(reporter(ESSEX), forItem(item, section("PARTNER_IN_PRACTICE", "Essex, late.")), 422);
        assertEquals("submission-accepted", refused.path("rule"));
        assertFalse(refused.asString().contains(id), refused.asString());
        reporter(ESSEX).get("/v1/submissions/" + id).then().statusCode(403).body("rule", equalTo("section-reader"));
        reporter(ESSEX).get("/v1/due-items/" + item).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("submissionId", nullValue());
        reporter(ESSEX).get("/v1/submissions").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void theAuditTellsEachCouncilsStaffApart() {
        String item = MONTHLY + "2021-07-31";
        String id = submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Stoke's.")), 201).path("id");
        submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's.")), 201);
        List<String> actors = analyst().get("/v1/submissions/" + id + "/history").then().statusCode(200).extract().path("items.actor");
        assertEquals(2, actors.stream().distinct().count(), "Stoke-on-Trent's staff and Stockport's are told apart: " + actors);
        submit(person("council-reporter", STOCKPORT, "alex-smith"), forItem(item, section("PARTNER_IN_PRACTICE", "Alex's revision.")), 201);
        analyst().get("/v1/submissions/" + id + "/history").then().statusCode(200)
                .body("items.actor", equalTo(List.of("dev-council-reporter.E06000021@example.invalid",
                        "dev-council-reporter.E08000007@example.invalid", "dev-council-reporter.E08000007.alex-smith@example.invalid")));
        analyst().get("/v1/submissions/" + id + "/versions").then()
                .body("onBehalfOf", equalTo(List.of(STOKE, STOCKPORT, STOCKPORT)));
        // a partner sees the names of its own organisation's staff, and no one else's
        reporter(STOCKPORT).get("/v1/submissions/" + id + "/versions").then().statusCode(200)
                .body("number", equalTo(List.of(2, 3)))
                .body("submittedBy", equalTo(List.of("dev-council-reporter.E08000007@example.invalid",
                        "dev-council-reporter.E08000007.alex-smith@example.invalid")));
    }

    @Test
    void eachRequestAsksCouncilsServiceAtMostOnceAndReadsOfOnesOwnCouncilNever() {
        String item = MONTHLY + "2021-08-31";
        Downstream.clearJournals();
        String id = submit(reporter(STOCKPORT), forItem(item, section("PARTNER_IN_PRACTICE", "Stockport's audits.")), 201).path("id");
        assertEquals(1, Downstream.roleHoldingsCalls(), "a partner's push: one question for the council");
        Downstream.clearJournals();
        submit(reporter(STOKE), forItem(item, section("DIRECTOR_OF_CHILDRENS_SERVICES", "Stoke's.")), 201);
        assertEquals(1, Downstream.roleHoldingsCalls(), "the DCS's section: whether a DCS is recorded");
        Downstream.clearJournals();
        reporter(STOCKPORT).queryParam("limit", 200).get("/v1/submissions").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
        reporter(STOCKPORT).queryParam("to", "2021-12-31").queryParam("limit", 200).get("/v1/due-items").then().statusCode(200);
        assertEquals(2, Downstream.roleHoldingsCalls(), "a list of every council: one question each, however many councils and rows");
        Downstream.clearJournals();
        reporter(STOKE).get("/v1/submissions/" + id).then().statusCode(200);
        reporter(STOKE).queryParam("council", STOKE).get("/v1/due-items").then().statusCode(200);
        analyst().get("/v1/submissions/" + id).then().statusCode(200);
        assertEquals(0, Downstream.roleHoldingsCalls(), "the council's own staff and the Department read without asking");
    }
}

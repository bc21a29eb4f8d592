package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.education.intervention.devkit.AccessMatrix;
import uk.gov.education.intervention.devkit.AccessMatrix.Call;
import uk.gov.education.intervention.devkit.AccessMatrix.Caller;
import uk.gov.education.intervention.devkit.AccessMatrix.Fixture;
import uk.gov.education.intervention.devkit.AccessMatrix.Reusable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.AccessRequestResourceTest.request;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;
import static uk.gov.education.intervention.reporting.ReviewOutcomeResourceTest.outcome;
import static uk.gov.education.intervention.reporting.SubmissionResourceTest.forItem;
import static uk.gov.education.intervention.reporting.SubmissionResourceTest.section;
import static uk.gov.education.intervention.reporting.SubmissionResourceTest.submit;

/**
 * Every operation of reporting-service's contract as every caller (src/test/resources/access-matrix.tsv),
 * for Stoke-on-Trent on 15 June 2023, against the stand-ins' seed appointments. The unappointed partner
 * is Essex, a Partner in Practice whose appointment ended the day before: it wrote its section of
 * January 2023's monthly progress report (with an attachment) while appointed, and now reads and
 * writes none of it. Reads are of that report (version 2 is Essex's), its due item and a board
 * meeting; writes push sections of the monthly report due at the end of May 2023 (each caller the
 * section it would write), review and cancel records of their own (made again after each success). Access requests
 * are asked for by the Commissioner (Stoke-on-Trent's staff, not a requester 7.b names, ask nothing) and met by the
 * council's staff; the one read is Stockport's, a partner no column is. Review outcomes are recorded for the
 * performance reviews due on 31 January and 30 April 2023 (one per success) and read and corrected on the one
 * due on 31 October 2022. The progress reports and performance reviews from October 2022 are this test's alone. Stoke-on-Trent's
 * improvement plan gets an action and a measure (once); the writes change them (each status change to one the action is not in).
 * Calendar subscriptions are revoked as Stoke-on-Trent's reporter made them (one per success).
 */
@QuarkusTest
class AccessMatrixTest extends uk.gov.education.intervention.devkit.AccessMatrixTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 15);
    private static final String MONTHLY = "E06000021-2019-10-31.monthly-progress-report.";
    private static final String REPORTED_ITEM = MONTHLY + "2023-01-31";
    private static final String OPEN_ITEM = MONTHLY + "2023-05-31";
    private static final String REVIEW = "E06000021-2019-10-31.performance-review.";
    /** The reviews held by 15 June 2023, recorded one per successful call; the refused calls' bodies may name one again. */
    private static final List<String> REVIEWS_HELD = List.of("2023-01-31", "2023-04-30");
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final AtomicInteger REVIEWS = new AtomicInteger();

    /** January's report, both of its sections and Essex's attachment; a board meeting. Made once. */
    private static String report;
    private static String essexAttachment;
    private static String meeting;
    /** Stockport's access request, and the outcome of the review due on 31 October 2022. Made once. */
    private static String stockportRequest;
    private static String reviewOutcome;
    /** An action and a measure of Stoke-on-Trent's improvement plan. Made once. */
    private static String planAction;
    private static String planMeasure;
    /** A webhook subscription of Stoke-on-Trent's staff, and a delivery in its log. Made once. */
    private static String webhook;
    private static String webhookDelivery;

    @Inject
    TestClock clock;

    @Inject
    CircuitBreakerMaintenance circuits;

    @Inject
    uk.gov.education.intervention.reporting.notification.service.Dispatcher dispatcher;

    @BeforeEach
    void essexWasAPartnerUntilYesterday() throws Exception {
        Downstream.reset();
        circuits.resetAll();
        clock.setToday(TODAY);
        if (report == null) {
            report = submit(reporter(STOKE), forItem(REPORTED_ITEM, section("DIRECTOR_OF_CHILDRENS_SERVICES", "January's report.")), 201)
                    .path("id");
            byte[] notes = "Essex's audit notes".getBytes(StandardCharsets.US_ASCII);
            essexAttachment = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(notes));
            submit(reporter(ESSEX), forItem(REPORTED_ITEM, map("contributor", "PARTNER_IN_PRACTICE", "narrative", "Essex's section.",
                    "attachments", List.of(map("fileName", "notes.txt", "contentType", "text/plain",
                            "contentBase64", Base64.getEncoder().encodeToString(notes))))), 201);
            meeting = meeting().path("id");
            stockportRequest = stockportAsks().path("id");
            reviewOutcome = admin().body(outcome(REVIEW + "2022-10-31", "2022-10-31", "CHILDRENS_SERVICES_COMMISSIONER", true, "CONTINUE"))
                    .post("/v1/review-outcomes").then().statusCode(201).extract().path("id");
            planAction = ImprovementPlanResourceTest.addAction(admin(), STOKE, "Audit every child protection plan.");
            planMeasure = ImprovementPlanResourceTest.addMeasure(STOKE, "Audited cases meeting the standard");
        }
        if (webhook == null) {
            webhook = stokeSubscribes().path("id");
            submit(reporter(STOKE), map("councilGssCode", STOKE, "title", "A report its webhook tells of",
                    "sections", List.of(section("COUNCIL", "Told."))), 201);
            // attempted once (nobody listens on port 9): its log shows it from then on
            dispatcher.dispatch();
            webhookDelivery = reporter(STOKE).get("/v1/webhook-subscriptions/" + webhook + "/deliveries").then().statusCode(200)
                    .extract().path("items[0].id");
        }
        Downstream.endAppointments(ESSEX, STOKE, TODAY.minusDays(1));
    }

    @AfterEach
    void standInsBackToTheSeedDataAndTheRealDay() {
        try {
            Downstream.assertStandInsKeptTheirContracts();
        } finally {
            Downstream.reset();
            circuits.resetAll();
            clock.reset();
        }
    }

    @Override
    protected Map<String, Caller> callers() {
        return AccessMatrix.standardCallers(STOKE, MEDWAY, ESSEX);
    }

    @Override
    protected Map<String, Fixture> fixtures() {
        Map<String, Fixture> f = new LinkedHashMap<>();
        f.put("GET /v1/access-requests", c -> Call.of().query("council", STOKE));
        f.put("POST /v1/access-requests", c -> Call.of()
                .body(request(STOKE, List.of("DOCUMENTS"), "Case files of the children audited in May, asked for as " + c.name() + ".")));
        f.put("GET /v1/access-requests/{id}", c -> Call.of().path("id", stockportRequest));
        f.put("GET /v1/access-requests/{id}/history", c -> Call.of().path("id", stockportRequest));
        var toMeet = new Reusable<>(AccessMatrixTest::stockportAsks);
        f.put("POST /v1/access-requests/{id}/met", c -> {
            var r = toMeet.get();
            return Call.of().path("id", r.path("id")).ifMatch(r.header("ETag")).body(map("note", "Files shared with " + c.name() + "."));
        });
        f.put("GET /v1/aggregates/{granularity}", c -> Call.of().path("granularity", "monthly").query("council", STOKE)
                .query("from", "2023-01").query("to", "2023-06"));
        f.put("GET /v1/audit", c -> Call.of());
        f.put("GET /v1/councils/{gss}/timeline", c -> Call.of().path("gss", STOKE).query("to", "2020-12-31"));
        f.put("GET /v1/board-meetings", c -> Call.of().query("council", STOKE));
        f.put("POST /v1/board-meetings", c -> Call.of().body(map("councilGssCode", STOKE, "meetsOn", nextMeetingDay(), "notes", "Board meeting")));
        f.put("GET /v1/board-meetings/{id}", c -> Call.of().path("id", meeting));
        var toCancel = new Reusable<>(AccessMatrixTest::meeting);
        f.put("POST /v1/board-meetings/{id}/cancellation", c -> {
            var m = toCancel.get();
            return Call.of().path("id", m.path("id")).ifMatch(m.header("ETag")).body(map("reason", "Recorded in error"));
        });
        f.put("GET /v1/board-meetings/{id}/history", c -> Call.of().path("id", meeting));
        f.put("GET /v1/calendar/due-items.ics", c -> Call.of().query("council", STOKE));
        f.put("POST /v1/calendar/subscriptions", c -> Call.of().body(map("councilGssCode", STOKE)));
        f.put("GET /v1/councils/{gss}/improvement-plan", c -> Call.of().path("gss", STOKE));
        f.put("POST /v1/councils/{gss}/improvement-plan", c -> Call.of().path("gss", STOKE));
        // the plan's ETag and its action's status, read again only after a call that succeeded (a refused one changes neither)
        var plan = new Reusable<>(AccessMatrixTest::planEtag);
        var status = new Reusable<>(AccessMatrixTest::nextStatus);
        f.put("POST /v1/councils/{gss}/improvement-plan/actions", c -> Call.of().path("gss", STOKE).ifMatch(plan.get())
                .body(ImprovementPlanResourceTest.action("An action from " + c.name() + ".")));
        f.put("PUT /v1/councils/{gss}/improvement-plan/actions/{actionId}", c -> Call.of().path("gss", STOKE).path("actionId", planAction)
                .ifMatch(plan.get()).body(ImprovementPlanResourceTest.action("Revised by " + c.name() + ".")));
        f.put("POST /v1/councils/{gss}/improvement-plan/actions/{actionId}/status-changes", c -> Call.of().path("gss", STOKE)
                .path("actionId", planAction).ifMatch(plan.get()).body(map("status", status.get(), "evidence", "Seen by " + c.name() + ".")));
        f.put("GET /v1/councils/{gss}/improvement-plan/changes", c -> Call.of().path("gss", STOKE));
        f.put("POST /v1/councils/{gss}/improvement-plan/measures", c -> Call.of().path("gss", STOKE).ifMatch(plan.get())
                .body(map("name", "Measured by " + c.name(), "unit", "%", "target", 80, "direction", "HIGHER_IS_BETTER")));
        f.put("PUT /v1/councils/{gss}/improvement-plan/measures/{measureId}", c -> Call.of().path("gss", STOKE).path("measureId", planMeasure)
                .ifMatch(plan.get()).body(map("name", "Renamed by " + c.name(), "unit", "%", "target", 75, "direction", "HIGHER_IS_BETTER")));
        f.put("POST /v1/councils/{gss}/improvement-plan/measures/{measureId}/values", c -> Call.of().path("gss", STOKE)
                .path("measureId", planMeasure).ifMatch(plan.get()).body(map("period", "2023-05", "value", 61)));
        // Stoke-on-Trent's reporter's own subscription: theirs and DfE administrators' to revoke, to anyone else unknown
        var toRevoke = new Reusable<>(() -> reporter(STOKE).body(map("councilGssCode", STOKE)).post("/v1/calendar/subscriptions")
                .then().statusCode(201).extract().<String>path("id"));
        f.put("DELETE /v1/calendar/subscriptions/{id}", c -> Call.of().path("id", toRevoke.get()));
        f.put("GET /v1/due-items", c -> Call.of().query("council", STOKE));
        f.put("GET /v1/due-items/{id}", c -> Call.of().path("id", REPORTED_ITEM));
        f.put("GET /v1/review-outcomes", c -> Call.of().query("council", STOKE));
        var toRecord = new Reusable<>(() -> REVIEWS_HELD.get(REVIEWS.getAndIncrement() % REVIEWS_HELD.size()));
        f.put("POST /v1/review-outcomes", c -> {
            String due = toRecord.get();
            return Call.of().body(outcome(REVIEW + due, LocalDate.parse(due).minusDays(1).toString(), "CHILDRENS_SERVICES_COMMISSIONER",
                    true, "CONTINUE"));
        });
        f.put("GET /v1/review-outcomes/{id}", c -> Call.of().path("id", reviewOutcome));
        var toCorrect = new Reusable<>(() -> admin().get("/v1/review-outcomes/" + reviewOutcome).then().statusCode(200).extract().header("ETag"));
        f.put("PUT /v1/review-outcomes/{id}", c -> Call.of().path("id", reviewOutcome).ifMatch(toCorrect.get())
                .body(map("heldOn", "2022-10-31", "ledBy", map("roleCode", "CHILDRENS_SERVICES_COMMISSIONER"), "sufficientProgress", true,
                        "recommendation", "CONTINUE", "summary", "Corrected by " + c.name() + ".")));
        f.put("GET /v1/review-outcomes/{id}/history", c -> Call.of().path("id", reviewOutcome));
        f.put("GET /v1/submissions", c -> Call.of().query("council", STOKE));
        f.put("POST /v1/submissions", c -> Call.of().idempotencyKey()
                .body(forItem(OPEN_ITEM, section(dutySection(c), "A section from " + c.name() + "."))));
        f.put("GET /v1/submissions/{id}", c -> Call.of().path("id", report));
        f.put("GET /v1/submissions/{id}/attachments/{sha256}", c -> Call.of().path("id", report).path("sha256", essexAttachment));
        f.put("GET /v1/submissions/{id}/history", c -> Call.of().path("id", report));
        var toReview = new Reusable<>(() -> submit(reporter(STOKE), map("councilGssCode", STOKE, "title", "Recruitment of social workers",
                "sections", List.of(section("COUNCIL", "Twelve posts filled."))), 201));
        f.put("POST /v1/submissions/{id}/reviews", c -> {
            var adHoc = toReview.get();
            return Call.of().path("id", adHoc.path("id")).ifMatch(adHoc.header("ETag")).body(map("decision", "ACCEPT"));
        });
        f.put("GET /v1/submissions/{id}/versions", c -> Call.of().path("id", report));
        f.put("POST /v1/submissions/{id}/versions", c -> Call.of().path("id", report).idempotencyKey()
                .body(map("sections", List.of(section(dutySection(c), "A revision from " + c.name() + ".")))));
        f.put("GET /v1/submissions/{id}/versions/{number}", c -> Call.of().path("id", report).path("number", 2));
        webhookFixtures(f);
        return f;
    }

    /** Subscriptions are their owner's (Stoke-on-Trent's staff here) and dfe-admin's; to anyone else they do not exist. */
    private static void webhookFixtures(Map<String, Fixture> f) {
        String hooks = "/v1/webhook-subscriptions";
        f.put("GET " + hooks, c -> Call.of());
        f.put("POST " + hooks, c -> Call.of().body(map("scope", "COUNCIL", "councilGssCode", STOKE, "url", "http://127.0.0.1:9/" + c.name(),
                "eventTypes", List.of("submission.accepted"))));
        f.put("GET " + hooks + "/{id}", c -> Call.of().path("id", webhook));
        f.put("GET " + hooks + "/{id}/deliveries", c -> Call.of().path("id", webhook));
        f.put("POST " + hooks + "/{id}/deliveries/{deliveryId}/replay", c -> Call.of().path("id", webhook).path("deliveryId", webhookDelivery));
        var toChange = new Reusable<>(AccessMatrixTest::stokeSubscribes);
        f.put("PUT " + hooks + "/{id}", c -> {
            var s = toChange.get();
            return Call.of().path("id", s.path("id")).ifMatch(s.header("ETag")).body(map("url", "http://127.0.0.1:9/changed",
                    "eventTypes", List.of("submission.returned"), "active", true));
        });
        var toRotate = new Reusable<>(AccessMatrixTest::stokeSubscribes);
        f.put("POST " + hooks + "/{id}/secret-rotation", c -> {
            var s = toRotate.get();
            return Call.of().path("id", s.path("id")).ifMatch(s.header("ETag"));
        });
        var toDelete = new Reusable<>(AccessMatrixTest::stokeSubscribes);
        f.put("DELETE " + hooks + "/{id}", c -> {
            var s = toDelete.get();
            return Call.of().path("id", s.path("id")).ifMatch(s.header("ETag"));
        });
    }

    private static ExtractableResponse<Response> stokeSubscribes() {
        return reporter(STOKE).body(map("scope", "COUNCIL", "councilGssCode", STOKE, "url", "http://127.0.0.1:9/hook",
                "eventTypes", List.of("submission.received"))).post("/v1/webhook-subscriptions").then().statusCode(201).extract();
    }

    /** The section of the monthly progress report each caller would write: the Commissioner's, a partner's, or the DCS's. */
    private static String dutySection(Caller caller) {
        return switch (caller.name()) {
            case "commissioner" -> "CHILDRENS_SERVICES_COMMISSIONER";
            case "unappointed-partner" -> "PARTNER_IN_PRACTICE";
            default -> "DIRECTOR_OF_CHILDRENS_SERVICES";
        };
    }

    private static String planEtag() {
        return admin().get("/v1/councils/" + STOKE + "/improvement-plan").then().statusCode(200).extract().header("ETag");
    }

    /** A status the plan's action is not in, so that a permitted change is one. */
    private static String nextStatus() {
        String now = admin().get("/v1/councils/" + STOKE + "/improvement-plan").then().statusCode(200).extract()
                .path("actions.find { it.id == '" + planAction + "' }.status");
        return "ON_TRACK".equals(now) ? "AT_RISK" : "ON_TRACK";
    }

    private static String nextMeetingDay() {
        return LocalDate.of(2023, 1, 2).plusDays(DAYS.getAndIncrement()).toString();
    }

    private static ExtractableResponse<Response> stockportAsks() {
        return reporter(STOCKPORT).body(request(STOKE, List.of("PREMISES", "EMPLOYEES"), "A visit to the front door in June."))
                .post("/v1/access-requests").then().statusCode(201).extract();
    }

    private static ExtractableResponse<Response> meeting() {
        return admin().body(map("councilGssCode", STOKE, "meetsOn", nextMeetingDay(), "notes", "Board meeting"))
                .post("/v1/board-meetings").then().statusCode(201).extract();
    }
}

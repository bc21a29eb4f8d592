package uk.gov.education.intervention.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;


@QuarkusTest
class AggregateResourceTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    /** Requests sent without content decoders, hence without the Accept-Encoding the client otherwise adds: bytes as sent. */
    private static final io.restassured.config.RestAssuredConfig RAW = io.restassured.config.RestAssuredConfig.config()
            .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());

    private static Map<String, Object> counts(String granularity, String period, String council) {
        JsonPath p = analyst().queryParam("from", period).queryParam("to", period).queryParam("council", council)
                .get("/v1/aggregates/" + granularity).then().statusCode(200).body("degraded", equalTo(false))
                .extract().jsonPath();
        return p.getMap("councils[0].periods[0]");
    }

    private static int n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    /** An aggregate's tag is the hash of the bytes received (uncompressed), the same when it is served again, and answers If-None-Match. */
    @Test
    void anAggregateIsTaggedByItsBytesAndAnswersIfNoneMatch() throws Exception {
        for (String format : List.of("json", "csv")) {
            io.restassured.response.Response first = analyst().config(RAW).queryParam("from", "2020-Q1").queryParam("to", "2020-Q4")
                    .queryParam("format", format).get("/v1/aggregates/quarterly");
            assertEquals(200, first.statusCode(), first.asString());
            String type = format.equals("csv") ? "text/csv" : "application/json";
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((type + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String hash = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(first.asByteArray()));
            assertEquals("\"" + hash.substring(0, 27) + "\"", first.header("ETag"), format);
            io.restassured.response.Response again = analyst().config(RAW).queryParam("from", "2020-Q1").queryParam("to", "2020-Q4")
                    .queryParam("format", format).get("/v1/aggregates/quarterly");
            assertEquals(first.header("ETag"), again.header("ETag"), format);
            analyst().config(RAW).queryParam("from", "2020-Q1").queryParam("to", "2020-Q4").queryParam("format", format)
                    .header("If-None-Match", first.header("ETag")).get("/v1/aggregates/quarterly").then().statusCode(304);
        }
    }

    /**
     * A client that accepts gzip gets the same bytes gzip-coded, under a tag of their own that answers If-None-Match;
     * the identity's tag does not stand for them.
     */
    @Test
    void aClientThatAcceptsGzipGetsTheSameBytesCodedUnderATagOfTheirOwn() throws Exception {
        for (String format : List.of("json", "csv")) {
            io.restassured.response.Response plain = analyst().config(RAW).header("Accept-Encoding", "identity")
                    .queryParam("from", "2020-Q1").queryParam("to", "2020-Q4").queryParam("format", format).get("/v1/aggregates/quarterly");
            assertEquals(200, plain.statusCode(), plain.asString());
            assertEquals(null, plain.header("Content-Encoding"), format);
            io.restassured.response.Response coded = analyst().config(RAW).header("Accept-Encoding", "br;q=1, gzip;q=0.8")
                    .queryParam("from", "2020-Q1").queryParam("to", "2020-Q4").queryParam("format", format).get("/v1/aggregates/quarterly");
            assertEquals(200, coded.statusCode(), format);
            assertEquals("gzip", coded.header("Content-Encoding"), format);
            assertEquals("Accept, Accept-Encoding", coded.header("Vary"), format);
            assertEquals(plain.header("Content-Type"), coded.header("Content-Type"), format);
            byte[] decoded;
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(coded.asByteArray()))) {
                decoded = in.readAllBytes();
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain.asByteArray(), decoded, format);
            assertTrue(coded.asByteArray().length * 3 < decoded.length, format + ": " + coded.asByteArray().length + " of " + decoded.length);
            String plainTag = plain.header("ETag");
            assertEquals("W/" + plainTag.substring(0, plainTag.length() - 1) + "-gzip\"", coded.header("ETag"), format);
            io.restassured.response.Response unchanged = analyst().config(RAW).header("Accept-Encoding", "gzip")
                    .header("If-None-Match", coded.header("ETag")).queryParam("from", "2020-Q1").queryParam("to", "2020-Q4")
                    .queryParam("format", format).get("/v1/aggregates/quarterly");
            assertEquals(304, unchanged.statusCode(), format);
            assertEquals(null, unchanged.header("Content-Encoding"), format);
            analyst().config(RAW).header("Accept-Encoding", "gzip").header("If-None-Match", plainTag)
                    .queryParam("from", "2020-Q1").queryParam("to", "2020-Q4").queryParam("format", format)
                    .get("/v1/aggregates/quarterly").then().statusCode(200).header("Content-Encoding", "gzip");
            analyst().config(RAW).header("Accept-Encoding", "gzip;q=0, identity").queryParam("from", "2020-Q1").queryParam("to", "2020-Q4")
                    .queryParam("format", format).get("/v1/aggregates/quarterly").then().statusCode(200)
                    .header("Content-Encoding", nullValue()).header("ETag", plainTag);
        }
    }

    @Test
    void aLateSubmissionCountsAsLateInItsMonthAndQuarter() {
        // the Commissioner's written update to the Minister for October 2020 was due on 31 October (grace: 3 days)
        Map<String, Object> monthBefore = counts("monthly", "2020-10", STOKE);
        Map<String, Object> quarterBefore = counts("quarterly", "2020-Q4", STOKE);
        SubmissionResourceTest.submit(commissioner(STOKE), SubmissionResourceTest.forItem(
                "E06000021-2019-10-31.minister-written-update.2020-10-31",
                SubmissionResourceTest.section("CHILDRENS_SERVICES_COMMISSIONER", "October's update to the Minister.")), 201);
        Map<String, Object> monthAfter = counts("monthly", "2020-10", STOKE);
        Map<String, Object> quarterAfter = counts("quarterly", "2020-Q4", STOKE);
        for (var pair : List.of(List.of(monthBefore, monthAfter), List.of(quarterBefore, quarterAfter))) {
            assertEquals(n(pair.get(0), "expected"), n(pair.get(1), "expected"));
            assertEquals(n(pair.get(0), "received") + 1, n(pair.get(1), "received"));
            assertEquals(n(pair.get(0), "late") + 1, n(pair.get(1), "late"));
            assertEquals(n(pair.get(0), "onTime"), n(pair.get(1), "onTime"));
            assertEquals(n(pair.get(0), "overdue") - 1, n(pair.get(1), "overdue"));
        }
        assertEquals("2020-10-01", monthAfter.get("start"));
        assertEquals("2020-12-31", quarterAfter.get("end"));
    }

    @Test
    void anOnTimeSubmissionRaisesTheOnTimeRate() {
        clock.setToday(LocalDate.of(2020, 9, 30));
        Map<String, Object> before = counts("monthly", "2020-09", STOKE);
        SubmissionResourceTest.submit(commissioner(STOKE), SubmissionResourceTest.forItem(
                "E06000021-2019-10-31.minister-written-update.2020-09-30",
                SubmissionResourceTest.section("CHILDRENS_SERVICES_COMMISSIONER", "September's update.")), 201);
        Map<String, Object> after = counts("monthly", "2020-09", STOKE);
        assertEquals(n(before, "onTime") + 1, n(after, "onTime"));
        assertEquals(n(before, "late"), n(after, "late"));
        double rate = ((Number) after.get("onTimeRate")).doubleValue();
        int judged = n(after, "onTime") + n(after, "late") + n(after, "overdue");
        assertEquals(Math.round(1000.0 * n(after, "onTime") / judged) / 1000.0, rate);
    }

    @Test
    void eachCouncilIsEnrichedWithItsNameRatingAndDirectionInForce() {
        JsonPath p = analyst().queryParam("from", "2020-Q1").queryParam("to", "2020-Q2").get("/v1/aggregates/quarterly")
                .then().statusCode(200).body("degraded", equalTo(false)).extract().jsonPath();
        assertEquals("Stoke-on-Trent City Council", p.getString("councils.find { it.gssCode == 'E06000021' }.name"));
        assertEquals("INADEQUATE", p.getString("councils.find { it.gssCode == 'E06000021' }.currentRating.overallEffectiveness"));
        assertEquals("E06000021-2019-10-31", p.getString("councils.find { it.gssCode == 'E06000021' }.directionInForce.reference"));
        assertEquals("E06000035-2020-01-07", p.getString("councils.find { it.gssCode == 'E06000035' }.directionInForce.reference"));
        assertEquals(List.of("2020-Q1", "2020-Q2"), p.getList("allCouncils.period"));
        // in 2020-Q2 both have items falling due (Medway's first quarterly report on 7 April)
        int stoke = p.getInt("councils.find { it.gssCode == 'E06000021' }.periods[1].expected");
        int medway = p.getInt("councils.find { it.gssCode == 'E06000035' }.periods[1].expected");
        assertEquals(stoke + medway, p.getInt("allCouncils[1].expected"));
        assertTrue(stoke > 0 && medway > 0);
    }

    @Test
    void withCouncilsServiceDownTheAggregateAnswersDegradedAndIsWholeAgainWhenItIsBack() {
        // a council read before the outage keeps its (old) name; one never read has none
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").get("/v1/aggregates/monthly").then().statusCode(200)
                .header("Degraded", nullValue())
                .body("degraded", equalTo(false));
        var duties = new ArrayList<>(Downstream.seedDuties());
        duties.add(Downstream.duty("E09000999", "2020-01-15", "monthly-report", "PROGRESS_REPORT", List.of("COUNCIL"),
                Downstream.cadence("MONTHLY")));
        Downstream.setDuties(duties);
        Downstream.councilsSlow(3_000);
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").get("/v1/aggregates/monthly").then().statusCode(200)
                .header("Warning", nullValue()) // RFC 9111 obsoletes Warning: the body and the Degraded header say it
                .header("Degraded", containsString("\"councils-service is unavailable: council names and current Ofsted ratings"))
                .header("Cache-Control", "no-store")
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("councils-service is unavailable: council names and current Ofsted "
                        + "ratings are as last read")))
                .body("missing", hasItem(containsString("missing for 1 council")))
                .body("councils.find { it.gssCode == 'E06000021' }.name", equalTo("Stoke-on-Trent City Council"))
                .body("councils.find { it.gssCode == 'E09000999' }.name", nullValue())
                .body("councils.find { it.gssCode == 'E06000021' }.periods[0].expected", notNullValue());
        Downstream.councilsDown();
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").get("/v1/aggregates/monthly").then().statusCode(200)
                .body("degraded", equalTo(true));
        // a CSV file has no degraded field: the header says it
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").queryParam("format", "csv").get("/v1/aggregates/monthly")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Degraded", containsString("councils-service is unavailable")).header("Cache-Control", "no-store");
        Downstream.reset();
        circuits.resetAll();
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").get("/v1/aggregates/monthly").then().statusCode(200)
                .header("Degraded", nullValue())
                .body("degraded", equalTo(false))
                .body("missing", org.hamcrest.Matchers.empty())
                .body("councils.find { it.gssCode == 'E06000021' }.name", equalTo("Stoke-on-Trent City Council"));
    }

    @Test
    void withDirectionsServiceDownTheKeptDutiesAreUsedAndSaidToBe() {
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        Downstream.directionsDown();
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").get("/v1/aggregates/monthly").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("directions-service is unavailable")))
                .body("councils.find { it.gssCode == 'E06000021' }.periods[0].expected", notNullValue());
    }

    /** A monthly duty for each of {@code count} test councils, and councils-service knowing each of them. */
    static void councils(int count) {
        List<ObjectNode> duties = new ArrayList<>(Downstream.seedDuties());
        List<ObjectNode> councils = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String gss = String.format("E09%06d", i);
            duties.add(Downstream.duty(gss, "2020-01-15", "monthly-report", "PROGRESS_REPORT", List.of("COUNCIL"),
                    Downstream.cadence("MONTHLY")));
            councils.add(Downstream.council(gss, "Test council " + i, "INADEQUATE", "2019-12-01"));
        }
        Downstream.setDuties(duties);
        Downstream.setCouncils(councils);
    }

    private static long[] downstreamCallsOfOneAggregate(int councils) {
        councils(councils);
        Downstream.clearJournals();
        JsonPath p = analyst().queryParam("from", "2020-01").queryParam("to", "2020-06").get("/v1/aggregates/monthly")
                .then().statusCode(200).body("degraded", equalTo(false)).extract().jsonPath();
        assertEquals(councils + 2, p.getList("councils").size());
        assertEquals("Test council 1", p.getString("councils.find { it.gssCode == 'E09000001' }.name"));
        // counted by what this request asked for, so that a late answer to an earlier test's call is not counted
        return new long[]{Downstream.councilsCallsAsking("E09000001"), Downstream.directionsCalls()};
    }

    @Test
    void theAllCouncilAggregateMakesAFixedNumberOfDownstreamCallsWhetherThereAre2Or200Councils() {
        long[] two = downstreamCallsOfOneAggregate(2);
        long[] twoHundred = downstreamCallsOfOneAggregate(200);
        // one batch read of councils and one read of the duties feed, whatever the number of councils
        assertEquals(1, two[0]);
        assertEquals(1, two[1]);
        assertEquals(two[0], twoHundred[0]);
        assertEquals(two[1], twoHundred[1]);
    }

    @Test
    void theAggregateIsAlsoCsv() throws Exception {
        String csv = analyst().accept("text/csv").queryParam("from", "2020-Q1").queryParam("to", "2020-Q1")
                .queryParam("council", STOKE).queryParam("council", MEDWAY).get("/v1/aggregates/quarterly")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("aggregate-quarterly-2020-Q1-to-2020-Q1.csv"))
                .extract().asString();
        JsonPath json = analyst().queryParam("from", "2020-Q1").queryParam("to", "2020-Q1")
                .queryParam("council", STOKE).queryParam("council", MEDWAY).get("/v1/aggregates/quarterly").then().statusCode(200)
                .extract().jsonPath();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(List.of("granularity", "period", "periodStart", "periodEnd", "councilGssCode", "councilName", "ofstedRating",
                    "directionInForce", "expected", "received", "onTime", "late", "overdue", "accepted", "returned", "withdrawn",
                    "onTimeRate", "reviewsHeld", "reviewsSufficientProgress", "reviewsInsufficientProgress", "recommendedContinue",
                    "recommendedAlternativeDeliveryAndGovernance", "recommendedRemovalOfServiceControl"), parser.getHeaderNames());
            assertEquals(3, rows.size());
            CSVRecord stoke = rows.stream().filter(r -> r.get("councilGssCode").equals(STOKE)).findFirst().orElseThrow();
            assertEquals("Stoke-on-Trent City Council", stoke.get("councilName"));
            assertEquals("INADEQUATE", stoke.get("ofstedRating"));
            assertEquals(String.valueOf(json.getInt("councils.find { it.gssCode == 'E06000021' }.periods[0].expected")),
                    stoke.get("expected"));
            CSVRecord all = rows.get(2);
            assertEquals("ALL", all.get("councilGssCode"));
            assertEquals(String.valueOf(json.getInt("allCouncils[0].expected")), all.get("expected"));
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"https://evil.invalid\",\"Click\")", "+SUM(1,2)", "-2+3", "@SUM(1)",
                "\tTabbed council", "\rReturned council");
        List<ObjectNode> duties = new ArrayList<>(Downstream.seedDuties());
        List<ObjectNode> councils = new ArrayList<>(List.of(Downstream.council(STOKE, "Stoke-on-Trent City Council", "INADEQUATE",
                "2019-03-18")));
        for (int i = 0; i < hostile.size(); i++) {
            String gss = String.format("E09%06d", 900 + i);
            duties.add(Downstream.duty(gss, "2020-01-15", "monthly-report", "PROGRESS_REPORT", List.of("COUNCIL"),
                    Downstream.cadence("MONTHLY")));
            councils.add(Downstream.council(gss, hostile.get(i), "INADEQUATE", "2019-12-01"));
        }
        Downstream.setDuties(duties);
        Downstream.setCouncils(councils);
        String csv = analyst().queryParam("format", "csv").queryParam("from", "2020-02").queryParam("to", "2020-02")
                .get("/v1/aggregates/monthly").then().statusCode(200).extract().asString();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> names = parser.getRecords().stream().map(r -> r.get("councilName")).toList();
            for (String name : hostile) {
                assertTrue(names.contains("'" + name), name + " is not neutralised in " + names);
                assertFalse(names.contains(name), name + " is written as it came in " + names);
            }
            // ordinary names are left as they are
            assertTrue(names.contains("Stoke-on-Trent City Council"), names.toString());
        }
        // JSON carries the names as they are: only a spreadsheet would run them
        analyst().queryParam("from", "2020-02").queryParam("to", "2020-02").get("/v1/aggregates/monthly").then()
                .body("councils.find { it.gssCode == 'E09000900' }.name", equalTo(hostile.get(0)));
    }

    @Test
    void aCouncilsUsersAggregateOnlyTheirOwnCouncil() {
        JsonPath own = reporter(MEDWAY).get("/v1/aggregates/quarterly").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(MEDWAY), own.getList("councils.gssCode"));
        reporter(MEDWAY).queryParam("council", STOKE).get("/v1/aggregates/quarterly").then().statusCode(403)
                .contentType("application/problem+json");
        commissioner(STOKE).queryParam("council", STOKE).get("/v1/aggregates/monthly").then().statusCode(200);
        anonymous().get("/v1/aggregates/monthly").then().statusCode(401);
    }

    @Test
    void badParametersAreProblems() {
        analyst().get("/v1/aggregates/weekly").then().statusCode(404).contentType("application/problem+json");
        analyst().queryParam("from", "Jan 2020").get("/v1/aggregates/monthly").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        analyst().queryParam("from", "2020-01").get("/v1/aggregates/quarterly").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        analyst().queryParam("from", "2020-06").queryParam("to", "2020-01").get("/v1/aggregates/monthly").then().statusCode(400);
        analyst().queryParam("from", "1990-01").queryParam("to", "2020-01").get("/v1/aggregates/monthly").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        analyst().queryParam("council", "E6").get("/v1/aggregates/monthly").then().statusCode(400);
        // no schedule is computed for the far future: both ends are outside the years allowed
        analyst().queryParam("from", "9990-01").queryParam("to", "9999-12").get("/v1/aggregates/monthly").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("from", "to"));
        analyst().queryParam("from", "2025-01").queryParam("to", "2199-12").get("/v1/aggregates/monthly").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        assertFalse(analyst().get("/v1/aggregates/monthly").then().extract().jsonPath().getList("councils").isEmpty());
    }


    /** Issue 10: an obligation several clauses cite is expected once, and the aggregate names what it counted. */
    @Test
    void expectedCountsEachObligationOnceWhateverTheClausesCitingIt() {
        JsonPath p = analyst().queryParam("from", "2020-01").queryParam("to", "2020-12").queryParam("council", STOKE)
                .get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false)).extract().jsonPath();
        // January 2020: the partnership deadline, the combined monthly report, the Board's meeting, the written update
        // to the Minister and one performance review (7.e.b, led by the Commissioner under Annex 3.h)
        assertEquals(5, p.getInt("councils[0].periods[0].expected"));
        assertEquals(3, p.getInt("councils[0].periods[1].expected"));
        List<Map<String, Object>> reviews = p.getList("councils[0].obligations.findAll { it.citations.contains('Annex.3.h') "
                + "&& it.kind == 'PERFORMANCE_REVIEW' }");
        assertEquals(1, reviews.size());
        assertEquals(List.of("7.e.b", "Annex.3.h"), reviews.get(0).get("citations"));
        assertEquals(4, reviews.get(0).get("expected"));
        int byPeriod = p.getList("councils[0].periods.expected", Integer.class).stream().mapToInt(Integer::intValue).sum();
        int byObligation = p.getList("councils[0].obligations.expected", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(byPeriod, byObligation);
        assertEquals(p.getList("councils[0].obligations.dutyId").size(), p.getList("councils[0].obligations.dutyId").stream().distinct().count());

        JsonPath m = analyst().queryParam("from", "2020-07").queryParam("to", "2020-07").queryParam("council", MEDWAY)
                .get("/v1/aggregates/monthly").then().statusCode(200).extract().jsonPath();
        // July 2020: the 6-month review (8.e, Annex B.3), B.5's report and 8.f's quarterly report, each once
        assertEquals(3, m.getInt("councils[0].periods[0].expected"));
        assertEquals(List.of("E06000035-2020-01-07/commissioner-review", "E06000035-2020-01-07/minister-report",
                "E06000035-2020-01-07/quarterly-report-to-secretary-of-state"), m.getList("councils[0].obligations.dutyId"));
        assertEquals(List.of("8.e", "AnnexB.3"), m.getList("councils[0].obligations[0].citations"));
    }
}

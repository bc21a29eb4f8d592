package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.at;
import static uk.gov.education.intervention.directions.Drafts.clause;
import static uk.gov.education.intervention.directions.Drafts.list;
import static uk.gov.education.intervention.directions.Drafts.map;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * Bad input to drafting and editing: each is a 4xx application/problem+json with type, title,
 * status and detail (and errors[] naming each field at fault for bad input), never a stack trace
 * or a class name, and nothing is stored.
 */
@QuarkusTest
class DirectionInputTest {

    private static final String DATE = "2021-06-30";

    private static String council() {
        return CouncilsServiceStub.testCouncil();
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("detail", not(containsString("uk.gov")))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("Exception")));
    }

    /** The draft is refused as invalid, each listed field named, and nothing is stored. */
    private static void refused(Map<String, Object> body, String... fields) {
        ValidatableResponse r = problem(admin().body(body).post("/v1/directions").then(), 400)
                .body("type", equalTo("urn:problem-type:intervention:validation"));
        for (String field : fields) {
            r.body("errors.field", hasItem(field));
        }
        assertNotStored((String) body.get("councilGssCode"));
    }

    private static void assertNotStored(String gss) {
        analyst().get("/v1/directions/" + reference(gss, DATE)).then().statusCode(404);
        analyst().queryParam("council", gss).get("/v1/directions").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void malformedJson() {
        String gss = council();
        problem(admin().body("{\"councilGssCode\": \"" + gss + "\", \"date\": \"" + DATE + "\", \"title\": ").post("/v1/directions").then(), 400)
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("detail", containsString("not well-formed JSON"));
        problem(admin().post("/v1/directions").then(), 400);
        assertNotStored(gss);
    }

    @Test
    void jsonOfTheWrongShape() {
        String gss = council();
        problem(admin().body("[1, 2]").post("/v1/directions").then(), 400)
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("errors[0].message", containsString("JSON object"));
        Map<String, Object> body = Drafts.direction(gss, DATE);
        body.put("duties", map("code", "monthly-progress-report"));
        problem(admin().body(body).post("/v1/directions").then(), 400)
                .body("errors[0].field", equalTo("duties"))
                .body("errors[0].message", containsString("JSON array"));
        body = Drafts.direction(gss, DATE);
        body.put("title", list("STATUTORY DIRECTION"));
        problem(admin().body(body).post("/v1/directions").then(), 400).body("errors[0].field", equalTo("title"));
        body = Drafts.direction(gss, DATE);
        at(body, "clauses", 0).put("items", "a. To comply");
        problem(admin().body(body).post("/v1/directions").then(), 400).body("errors[0].field", equalTo("clauses[0].items"));
        assertNotStored(gss);
    }

    @Test
    void aBodyThatIsNotJson() {
        String gss = council();
        problem(admin().contentType("text/plain").body("councilGssCode=" + gss).post("/v1/directions").then(), 415);
        assertNotStored(gss);
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        body.put("status", "ISSUED");
        refused(body, "status");

        body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0, "items", 0).put("reference", "3.a");
        refused(body, "clauses[0].items[0].reference");

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0, "cadence").put("every", 2);
        refused(body, "duties[0].cadence.every");
    }

    @Test
    void unknownEnumValuesNameTheAcceptedOnes() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "duties", 1).put("kind", "ANNUAL_REPORT");
        refused(body, "duties[1].kind");
        admin().body(body).post("/v1/directions").then().body("errors[0].message", containsString("QUARTERLY_REPORT"));

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0, "cadence").put("type", "FORTNIGHTLY");
        refused(body, "duties[0].cadence.type");

        body = Drafts.direction(council(), DATE);
        at(body, "functions", 0).put("set", "EDUCATION_ACT_1996");
        refused(body, "functions[0].set");

        body = Drafts.direction(council(), DATE);
        at(body, "annexes", 0).put("appointeeRole", "MAYOR");
        refused(body, "annexes[0].appointeeRole");

        body = Drafts.direction(council(), DATE);
        at(body, "recitals", 0, "citations", 0).put("overallEffectiveness", "POOR");
        refused(body, "recitals[0].citations[0].overallEffectiveness");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        String gss = council();
        admin().body(map("councilGssCode", gss)).post("/v1/directions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("date"))
                .body("errors.field", hasItem("title"));
        assertNotStored(gss);

        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0, "items", 1).remove("text");
        at(body, "duties", 0).remove("recipient");
        at(body, "duties", 1).remove("cadence");
        at(body, "signatory").remove("name");
        refused(body, "clauses[0].items[1].text", "duties[0].recipient", "duties[1].cadence", "signatory.name");
    }

    @Test
    void aPrintedSignatureBlockMustCarryTheNameAndCapacityGiven() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "signatory").put("nameAndCapacityAsPrinted", "B. Somebody Else. A Senior Civil Servant in the Department for Education.");
        refused(body, "signatory.nameAndCapacityAsPrinted");
    }

    @Test
    void anInvalidGssCodeOrDate() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        body.put("councilGssCode", "Stoke");
        problem(admin().body(body).post("/v1/directions").then(), 400)
                .body("errors.field", hasItem("councilGssCode"))
                .body("errors.message", hasItem(containsString("GSS code")));
        analyst().queryParam("council", "Stoke").get("/v1/directions").then().statusCode(400);

        body = Drafts.direction(council(), DATE);
        body.put("date", "30/06/2021");
        refused(body, "date");
        admin().body(body).post("/v1/directions").then().body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void badClauseNumbersAndReferences() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0, "items", 0).put("number", "7.a");
        refused(body, "clauses[0].items[0].number");

        // a sub-item numbered with digits, and a paragraph with a letter
        body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0, "items", 0).put("number", "1");
        at(body, "recitals", 0).put("number", "x");
        refused(body, "clauses[0].items[0].number", "recitals[0].number");

        // two clauses with one reference
        body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0, "items", 1).put("number", "a");
        refused(body, "clauses[0].items[1].number");

        // a recital and a directive numbered alike (they share one numbering)
        body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0).put("number", "2");
        refused(body, "clauses[0].number");

        // nested deeper than the seeds go
        body = Drafts.direction(council(), DATE);
        at(body, "clauses", 0, "items", 0).put("items", list(clause("i", "deep", "items", list(clause("a", "deeper",
                "items", list(clause("i", "too deep")))))));
        refused(body, "clauses[0].items[0].items[0].items[0].items");

        // functions pointing at a malformed reference, or at a clause that does not exist
        body = Drafts.direction(council(), DATE);
        at(body, "functions", 1).put("clause", "two.b");
        refused(body, "functions[1].clause");
        body = Drafts.direction(council(), DATE);
        at(body, "functions", 0).put("clause", "2.z");
        refused(body, "functions[0].clause");

        // an annex named otherwise than Annex, AnnexA ...
        body = Drafts.direction(council(), DATE);
        at(body, "annexes", 0).put("reference", "Schedule1");
        refused(body, "annexes[0].reference");
    }

    @Test
    void badDuties() {
        // malformed: a code that is not a slug, a clause that is not a reference, no provider
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("clause", "seven d");
        at(body, "duties", 1).put("code", "Improvement Plan");
        at(body, "duties", 2).put("providers", list());
        refused(body, "duties[0].clause", "duties[1].code", "duties[2].providers");

        // well formed, but not a duty of this direction: an unknown clause, a code twice, a provider twice,
        // cited by the clause that imposes it or by a clause that does not exist
        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("clause", "3.z");
        at(body, "duties", 1).put("code", "monthly-progress-report");
        at(body, "duties", 1).put("providers", list("COUNCIL", "COUNCIL"));
        at(body, "duties", 2).put("citedBy", list("Annex.1", "9.z"));
        refused(body, "duties[0].clause", "duties[1].code", "duties[1].providers", "duties[2].citedBy[0]", "duties[2].citedBy[1]");
    }

    @Test
    void badCadences() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("cadence", map("type", "EVERY_N_MONTHS"));
        at(body, "duties", 1).put("cadence", map("type", "ONCE"));
        at(body, "duties", 2).put("cadence", map("type", "AT_MONTH_OFFSETS", "offsets", list(12, 6)));
        refused(body, "duties[0].cadence.months", "duties[1].cadence.dueOn", "duties[2].cadence.offsets");

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("cadence", map("type", "MONTHLY", "months", 1));
        at(body, "duties", 1).put("cadence", map("type", "ONCE", "dueOn", "2021-06-29"));
        at(body, "duties", 2).put("cadence", map("type", "EVERY_N_MONTHS", "months", 0));
        refused(body, "duties[0].cadence.months", "duties[1].cadence.dueOn", "duties[2].cadence.months");

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("cadence", map("type", "AT_MONTH_OFFSETS", "offsets", list(6, 6)));
        at(body, "duties", 1).put("cadence", map("type", "ONCE", "dueOn", "2022-01-31", "offsets", list(6)));
        refused(body, "duties[0].cadence.offsets", "duties[1].cadence.offsets");
    }

    @Test
    void badEventAndRequestCadences() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("cadence", map("type", "ON_EVENT"));
        at(body, "duties", 1).put("cadence", map("type", "ON_REQUEST"));
        at(body, "duties", 2).put("cadence", map("type", "ON_EVENT", "within", "28 days",
                "trigger", map("event", "APPOINTMENT", "role", "LEADERSHIP_IMPROVEMENT_PARTNER")));
        refused(body, "duties[0].cadence.trigger", "duties[1].cadence.requesters", "duties[2].cadence.within");

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("cadence", map("type", "MONTHLY", "within", "P28D",
                "trigger", map("event", "APPOINTMENT", "role", "LEADERSHIP_IMPROVEMENT_PARTNER")));
        at(body, "duties", 1).put("cadence", map("type", "ON_REQUEST", "requesters", list("PARTNER_IN_PRACTICE", "PARTNER_IN_PRACTICE")));
        at(body, "duties", 2).put("cadence", map("type", "ON_EVENT", "requesters", list("PARTNER_IN_PRACTICE"),
                "trigger", map("event", "APPOINTMENT", "role", "LEADERSHIP_IMPROVEMENT_PARTNER")));
        refused(body, "duties[0].cadence.trigger", "duties[0].cadence.within", "duties[1].cadence.requesters",
                "duties[2].cadence.requesters");

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 0).put("cadence", map("type", "ON_EVENT", "trigger", map("event", "APPOINTMENT")));
        refused(body, "duties[0].cadence.trigger.role");

        body = Drafts.direction(council(), DATE);
        at(body, "duties", 1).put("cadence", map("type", "ON_EVENT", "trigger", map("event", "BIRTHDAY", "role", "PARTNER_IN_PRACTICE")));
        refused(body, "duties[1].cadence.trigger.event");
    }

    @Test
    void badCitations() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        at(body, "recitals", 0, "citations", 0).put("date", "2022-01-01");
        refused(body, "recitals[0].citations[0].date");

        body = Drafts.direction(council(), DATE);
        at(body, "recitals", 0).put("citations", list(map("kind", "DIRECTION", "direction", "E06000021-2019-05-16", "date", "2019-05-17")));
        refused(body, "recitals[0].citations[0].date");

        body = Drafts.direction(council(), DATE);
        at(body, "recitals", 0).put("citations", list(map("kind", "COMMISSIONER_REPORT", "overallEffectiveness", "INADEQUATE")));
        refused(body, "recitals[0].citations[0].date", "recitals[0].citations[0].overallEffectiveness");
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        Map<String, Object> body = Drafts.direction(council(), DATE);
        // each clause's text within its own limit; the body as a whole too large
        List<Object> many = list();
        for (int i = 0; i < 40; i++) {
            many.add(clause(Integer.toString(10 + i), "x".repeat(9_000)));
        }
        body.put("clauses", many);
        body.put("duties", list());
        problem(admin().body(body).post("/v1/directions").then(), 413)
                .body("type", equalTo("urn:problem-type:intervention:body-too-large"));
        assertNotStored((String) body.get("councilGssCode"));
    }

    @Test
    void anEditThatBreaksTheRulesChangesNothing() {
        String gss = council();
        Map<String, Object> body = Drafts.direction(gss, DATE);
        String etag = Drafts.draft(body);
        String before = analyst().get("/v1/directions/" + reference(gss, DATE)).then().extract().asString();

        at(body, "duties", 0).put("clause", "3.z");
        body.put("title", "Changed");
        problem(admin().header("If-Match", etag).body(body).put("/v1/directions/" + reference(gss, DATE)).then(), 400)
                .body("errors.field", hasItem("duties[0].clause"));
        problem(admin().header("If-Match", etag).body("{\"title\": ").put("/v1/directions/" + reference(gss, DATE)).then(), 400);

        analyst().get("/v1/directions/" + reference(gss, DATE)).then().header("ETag", equalTo(etag)).body(equalTo(before));
        analyst().get("/v1/directions/" + reference(gss, DATE) + "/history").then().body("items.size()", equalTo(1));
    }

    @Test
    void badPathAndQueryParameters() {
        problem(analyst().get("/v1/directions/E06000021-31-10-2019").then(), 400).body("errors[0].field", equalTo("reference"));
        problem(analyst().get("/v1/directions/E06000021-2018-01-01").then(), 404)
                .body("type", equalTo("urn:problem-type:intervention:not-found"));
        problem(analyst().queryParam("status", "ACTIVE").get("/v1/directions").then(), 400).body("errors[0].field", equalTo("status"));
        problem(analyst().queryParam("inForceOn", "yesterday").get("/v1/directions").then(), 400).body("errors[0].field", equalTo("inForceOn"));
        problem(analyst().queryParam("limit", 0).get("/v1/directions").then(), 400).body("errors[0].field", equalTo("limit"));
        problem(analyst().queryParam("limit", 201).get("/v1/directions").then(), 400).body("errors[0].field", equalTo("limit"));
        problem(analyst().queryParam("cursor", "not-a-cursor").get("/v1/directions").then(), 400).body("errors[0].field", equalTo("cursor"));
        problem(analyst().get("/v1/councils/stoke/directions").then(), 400);
        problem(analyst().queryParam("status", "DRAFT").get("/v1/duties").then(), 400).body("errors[0].field", equalTo("status"));
        problem(analyst().queryParam("limit", 1001).get("/v1/duties").then(), 400).body("errors[0].field", equalTo("limit"));
        problem(analyst().queryParam("cursor", "WyJ4Il0").get("/v1/duties").then(), 400).body("errors[0].field", equalTo("cursor"));
        problem(admin().header("If-Match", "\"999\"").body(map("revokedOn", "someday", "reason", "x"))
                .post("/v1/directions/E06000021-2019-10-31/revocation").then(), 400).body("errors[0].field", equalTo("revokedOn"));
        problem(admin().header("If-Match", "\"999\"").body(map("revokedOn", "2030-01-01"))
                .post("/v1/directions/E06000021-2019-10-31/revocation").then(), 400).body("errors[0].field", equalTo("reason"));
        analyst().get("/v1/directions/E06000021-2019-10-31").then().body("status", equalTo("ISSUED"));
    }
}

package uk.gov.education.intervention.directions;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Request bodies for directions of the tests' own, and the calls that draft and issue them. A body
 * is a tree of mutable maps and lists, so that a test can break exactly one thing in it.
 */
final class Drafts {

    private Drafts() {
    }

    /** A complete direction (it could be issued as it is) to the council, dated {@code date}. */
    static Map<String, Object> direction(String gss, String date) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("councilGssCode", gss);
        d.put("date", date);
        d.put("title", "STATUTORY DIRECTION TO " + CouncilsServiceStub.KNOWN.getOrDefault(gss, "COUNCIL " + gss).toUpperCase()
                + " IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996");
        d.put("statutoryBasis", "section 497A(4B) of the Education Act 1996");
        d.put("signatory", map("name", "A. Signatory", "capacity", "A Senior Civil Servant in the Department for Education",
                "onBehalfOf", "the Secretary of State for Education"));
        d.put("recitals", list(
                clause("1", "The Secretary of State has noted that performance in respect of children's social care services is 'inadequate'.",
                        "citations", list(map("kind", "OFSTED_REPORT", "date", "2018-11-20", "framework", "ILACS_2018",
                                "overallEffectiveness", "INADEQUATE"))),
                clause("2", "The Secretary of State is satisfied that the Council is failing to perform, namely;",
                        "items", list(
                                clause("a", "social services functions, so far as those functions relate to children;", "label", "a)"),
                                clause("b", "the functions under sections 23C to 24D of the Children Act 1989; and", "label", "b)"),
                                clause("c", "the functions under sections 10, 12, 12C, 12D and 17A of the Children Act 2004.", "label", "c)")))));
        d.put("functions", list(
                map("set", "SOCIAL_SERVICES_FUNCTIONS_CHILDREN", "clause", "2.a"),
                map("set", "CHILDREN_ACT_1989_SS23C_TO_24D", "clause", "2.b"),
                map("set", "CHILDREN_ACT_2004_SS10_12_12C_12D_17A", "clause", "2.c")));
        d.put("clauses", list(
                clause("3", "The Secretary of State directs the Council as follows:",
                        "items", list(
                                clause("a", "To provide a monthly progress report to the Department for Education;"),
                                clause("b", "By a date three months from this direction, to agree an improvement plan.")))));
        d.put("annexes", list(map(
                "reference", "Annex", "heading", "ANNEX", "titleLines", list("Terms of Reference"),
                "appointeeRole", "CHILDRENS_SERVICES_COMMISSIONER",
                "paragraphs", list(clause("1", "The Commissioner shall report to the Minister at 6 and 12 months.")))));
        d.put("duties", list(
                duty("monthly-progress-report", "3.a", "PROGRESS_REPORT", "COUNCIL", "DEPARTMENT_FOR_EDUCATION", map("type", "MONTHLY")),
                duty("improvement-plan", "3.b", "DEADLINE", "COUNCIL", "SECRETARY_OF_STATE",
                        map("type", "ONCE", "dueOn", LocalDate.parse(date).plusMonths(3).toString())),
                duty("minister-report", "Annex.1", "WRITTEN_UPDATE", "CHILDRENS_SERVICES_COMMISSIONER", "MINISTER_CHILDREN_FAMILIES",
                        map("type", "AT_MONTH_OFFSETS", "offsets", list(6, 12)))));
        return d;
    }

    /** A complete direction that, once issued, revokes {@code revokes}. */
    static Map<String, Object> revoking(String gss, String date, String revokes) {
        Map<String, Object> d = direction(gss, date);
        d.put("revokes", revokes);
        return d;
    }

    static Map<String, Object> clause(String number, String text, Object... more) {
        Map<String, Object> c = map("number", number, "text", text);
        c.putAll(map(more));
        return c;
    }

    static Map<String, Object> duty(String code, String clause, String kind, String provider, String recipient, Map<String, Object> cadence) {
        return map("code", code, "clause", clause, "kind", kind, "title", "Duty " + code, "providers", list(provider),
                "recipient", recipient, "cadence", cadence);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @SafeVarargs
    static <T> List<T> list(T... items) {
        return new ArrayList<>(List.of(items));
    }

    /** The element at a path of keys and indexes, e.g. {@code at(body, "duties", 0, "cadence")}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> body, Object... path) {
        Object node = body;
        for (Object step : path) {
            node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get((String) step);
        }
        return (Map<String, Object>) node;
    }

    static String reference(String gss, String date) {
        return gss + "-" + date;
    }

    /** Drafts the direction as dfe-admin; returns the answer (201 checked). */
    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return admin().body(body).post("/v1/directions").then().statusCode(201).extract();
    }

    /** Drafts the direction; returns its ETag. */
    static String draft(Map<String, Object> body) {
        return create(body).header("ETag");
    }

    /** Issues a draft with its ETag; returns the new ETag. */
    static String issue(String reference, String etag) {
        return admin().header("If-Match", etag).post("/v1/directions/" + reference + "/issue").then()
                .statusCode(200).body("status", equalTo("ISSUED")).extract().header("ETag");
    }

    /** Drafts and issues the direction; returns its ETag. */
    static String issued(Map<String, Object> body) {
        String reference = reference((String) body.get("councilGssCode"), (String) body.get("date"));
        return issue(reference, draft(body));
    }

    /** The direction's current ETag, as dfe-analyst reads it. */
    static String etag(String reference) {
        return analyst().get("/v1/directions/" + reference).then().statusCode(200).extract().header("ETag");
    }
}

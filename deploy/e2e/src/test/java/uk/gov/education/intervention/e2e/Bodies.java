package uk.gov.education.intervention.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies the fault, restart and kill tests send. */
final class Bodies {

    private Bodies() {
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A section of a report, with plain-text attachments of the given contents (none when empty). */
    static Map<String, Object> section(String contributor, String narrative, String... attachments) {
        Map<String, Object> s = map("contributor", contributor, "narrative", narrative);
        if (attachments.length > 0) {
            List<Map<String, Object>> files = new java.util.ArrayList<>();
            for (int i = 0; i < attachments.length; i++) {
                files.add(map("fileName", "notes-" + i + ".txt", "contentType", "text/plain",
                        "contentBase64", Base64.getEncoder().encodeToString(attachments[i].getBytes(StandardCharsets.UTF_8))));
            }
            s.put("attachments", files);
        }
        return s;
    }

    /** An ad-hoc report for the council (one without a due item), as dfe-admin sends it on the council's behalf. */
    @SafeVarargs
    static Map<String, Object> adHocReport(String council, String title, Map<String, Object>... sections) {
        return map("councilGssCode", council, "title", title, "sections", List.of(sections));
    }

    /** A push to a due item. */
    @SafeVarargs
    static Map<String, Object> forDueItem(String dueItemId, Map<String, Object>... sections) {
        return map("dueItemId", dueItemId, "sections", List.of(sections));
    }

    /** A new council record for councils-service (a code no real council has). */
    static Map<String, Object> council(String gss, String name) {
        return map("gssCode", gss, "name", name, "type", "UNITARY_AUTHORITY", "region", "SOUTH_EAST");
    }

    /** A complete direction (it could be issued as it is) to the council, dated {@code date}. */
    static Map<String, Object> direction(String gss, String date) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("councilGssCode", gss);
        d.put("date", date);
        d.put("title", "STATUTORY DIRECTION TO TEST COUNCIL " + gss
                + " IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996");
        d.put("statutoryBasis", "section 497A(4B) of the Education Act 1996");
        d.put("signatory", map("name", "A. Signatory", "capacity", "A Senior Civil Servant in the Department for Education",
                "onBehalfOf", "the Secretary of State for Education"));
        d.put("recitals", List.of(
                clause("1", "The Secretary of State has noted that performance in respect of children's social care services is 'inadequate'.",
                        "citations", List.of(map("kind", "OFSTED_REPORT", "date", "2018-11-20", "framework", "ILACS_2018",
                                "overallEffectiveness", "INADEQUATE"))),
                clause("2", "The Secretary of State is satisfied that the Council is failing to perform, namely;",
                        "items", List.of(
                                clause("a", "social services functions, so far as those functions relate to children;", "label", "a)"),
                                clause("b", "the functions under sections 23C to 24D of the Children Act 1989; and", "label", "b)"),
                                clause("c", "the functions under sections 10, 12, 12C, 12D and 17A of the Children Act 2004.", "label", "c)")))));
        d.put("functions", List.of(
                map("set", "SOCIAL_SERVICES_FUNCTIONS_CHILDREN", "clause", "2.a"),
                map("set", "CHILDREN_ACT_1989_SS23C_TO_24D", "clause", "2.b"),
                map("set", "CHILDREN_ACT_2004_SS10_12_12C_12D_17A", "clause", "2.c")));
        d.put("clauses", List.of(clause("3", "The Secretary of State directs the Council as follows:",
                "items", List.of(clause("a", "To provide a monthly progress report to the Department for Education;")))));
        d.put("annexes", List.of(map(
                "reference", "Annex", "heading", "ANNEX", "titleLines", List.of("Terms of Reference"),
                "appointeeRole", "CHILDRENS_SERVICES_COMMISSIONER",
                "paragraphs", List.of(clause("1", "The Commissioner shall report to the Minister at 6 and 12 months.")))));
        d.put("duties", List.of(map("code", "monthly-progress-report", "clause", "3.a", "kind", "PROGRESS_REPORT",
                "title", "Monthly progress report", "providers", List.of("COUNCIL"), "recipient", "DEPARTMENT_FOR_EDUCATION",
                "cadence", map("type", "MONTHLY"))));
        return d;
    }

    private static Map<String, Object> clause(String number, String text, Object... more) {
        Map<String, Object> c = map("number", number, "text", text);
        for (int i = 0; i < more.length; i += 2) {
            c.put((String) more[i], more[i + 1]);
        }
        return c;
    }
}

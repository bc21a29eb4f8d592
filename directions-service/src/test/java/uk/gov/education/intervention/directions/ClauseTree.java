package uk.gov.education.intervention.directions;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A direction's clause tree as the API returns it, flattened in document order. */
final class ClauseTree {

    /** One clause: its reference, printed number, text, and the words that close it after its sub-items. */
    record Clause(String reference, String label, String text, String continuation, List<String> duties) {

        /** The clause's opening as a document prints it: its number (when printed) and its text. */
        String printed() {
            return label.isEmpty() ? text : label + " " + text;
        }
    }

    private ClauseTree() {
    }

    /** Recitals, then directives, then each annex's paragraphs, each clause before its sub-items. */
    static List<Clause> all(JsonPath direction) {
        List<Clause> out = new ArrayList<>();
        walk(direction.getList("recitals"), out);
        walk(direction.getList("clauses"), out);
        List<Map<String, Object>> annexes = direction.getList("annexes");
        for (Map<String, Object> annex : annexes) {
            walk(list(annex.get("paragraphs")), out);
        }
        return out;
    }

    /**
     * Each clause's printed opening and, after its sub-items, its closing words, in the order a
     * document prints them, each labelled with the clause it belongs to.
     */
    static List<Map.Entry<String, String>> printedFragments(JsonPath direction) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        List<Clause> stack = new ArrayList<>();
        for (Clause c : all(direction)) {
            closeUntilParentOf(c.reference(), stack, out);
            out.add(Map.entry(c.reference(), c.printed()));
            stack.add(c);
        }
        closeUntilParentOf("", stack, out);
        return out;
    }

    private static void closeUntilParentOf(String reference, List<Clause> open, List<Map.Entry<String, String>> out) {
        while (!open.isEmpty() && !reference.startsWith(open.get(open.size() - 1).reference() + ".")) {
            Clause done = open.remove(open.size() - 1);
            if (done.continuation() != null) {
                out.add(Map.entry(done.reference() + " (closing words)", done.continuation()));
            }
        }
    }

    static List<String> references(List<Clause> clauses) {
        return clauses.stream().map(Clause::reference).toList();
    }

    @SuppressWarnings("unchecked")
    private static void walk(List<?> items, List<Clause> out) {
        if (items == null) {
            return;
        }
        for (Object item : items) {
            Map<String, Object> c = (Map<String, Object>) item;
            out.add(new Clause((String) c.get("reference"), (String) c.get("label"), (String) c.get("text"),
                    (String) c.get("continuation"), c.get("duties") == null ? List.of() : (List<String>) c.get("duties")));
            walk(list(c.get("items")), out);
        }
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }
}

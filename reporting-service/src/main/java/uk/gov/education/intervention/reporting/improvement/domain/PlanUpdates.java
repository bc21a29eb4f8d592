package uk.gov.education.intervention.reporting.improvement.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The plan updates a report's section carries, to land in the council's plan when the report is accepted:
 * <pre>
 * {"actions":  [{"actionId": "…", "status": "ON_TRACK", "evidence": "…"}],
 *  "measures": [{"measureId": "…", "period": "2023-05", "value": 62.5}]}
 * </pre>
 * Both lists are optional, each of at most {@value #MAX_ITEMS} items; an action once per section, a
 * measure once per period; no other keys. The rules of each status change and the ids are checked
 * against the plan when the report is pushed, and again when it is accepted.
 */
public record PlanUpdates(List<StatusUpdate> actions, List<ValueUpdate> measures) {

    public static final int MAX_ITEMS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean isEmpty() {
        return actions.isEmpty() && measures.isEmpty();
    }

    /** Reads stored updates (as checked when pushed); none when there are none. */
    public static PlanUpdates read(String stored, String field) {
        if (stored == null) {
            return new PlanUpdates(List.of(), List.of());
        }
        try {
            return parse(JSON.readTree(stored), field);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored plan updates are not JSON", e);
        }
    }

    /** Checks the shape of a section's {@code planUpdates}; {@code field} names it in errors, e.g. {@code sections[0].planUpdates}. */
    public static PlanUpdates parse(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return new PlanUpdates(List.of(), List.of());
        }
        if (!node.isObject()) {
            throw new InvalidInput(field, "must be an object with 'actions' and/or 'measures'");
        }
        onlyKeys(node, field, Set.of("actions", "measures"));
        List<StatusUpdate> actions = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (JsonNode a : list(node.get("actions"), field + ".actions")) {
            String f = field + ".actions[" + actions.size() + "].";
            onlyKeys(a, f, Set.of("actionId", "status", "evidence"));
            StatusUpdate u = StatusUpdate.of(uuid(a.get("actionId"), f + "actionId"), status(a.get("status"), f + "status"),
                    text(a.get("evidence"), f + "evidence"), f);
            if (!seen.add(u.actionId())) {
                throw new InvalidInput(f + "actionId", "names an action already updated in this section");
            }
            actions.add(u);
        }
        List<ValueUpdate> measures = new ArrayList<>();
        Set<String> periods = new HashSet<>();
        for (JsonNode m : list(node.get("measures"), field + ".measures")) {
            String f = field + ".measures[" + measures.size() + "].";
            onlyKeys(m, f, Set.of("measureId", "period", "value"));
            ValueUpdate u = ValueUpdate.of(uuid(m.get("measureId"), f + "measureId"), text(m.get("period"), f + "period"),
                    number(m.get("value"), f + "value"), f);
            if (!periods.add(u.measureId() + " " + u.period())) {
                throw new InvalidInput(f + "period", "names a period of this measure already given in this section");
            }
            measures.add(u);
        }
        return new PlanUpdates(List.copyOf(actions), List.copyOf(measures));
    }

    private static List<JsonNode> list(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InvalidInput(field, "must be a list");
        }
        if (n.size() > MAX_ITEMS) {
            throw new InvalidInput(field, "has more than " + MAX_ITEMS + " items");
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private static void onlyKeys(JsonNode n, String field, Set<String> allowed) {
        if (!n.isObject()) {
            throw new InvalidInput(field.endsWith(".") ? field.substring(0, field.length() - 1) : field, "must be an object");
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInput(field.endsWith(".") ? field + name : field + "." + name.substring(0, Math.min(name.length(), 64)),
                        "is not a field of plan updates (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static UUID uuid(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be the id of an action or measure of the council's plan");
        }
    }

    private static ActionStatus status(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return s == null ? null : ActionStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be one of NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, DONE");
        }
    }

    private static String text(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InvalidInput(field, "must be a string");
        }
        return n.textValue();
    }

    private static BigDecimal number(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw new InvalidInput(field, "must be a number");
        }
        return n.decimalValue();
    }
}

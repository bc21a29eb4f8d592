package uk.gov.education.intervention.reporting.submission.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.TreeMap;

/** A report's structured fields, stored as a JSON object with its keys in order and merged key by key across versions. */
public final class ReportFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFields() {
    }

    /** The fields after a push: the previous ones, with those pushed set (or removed, when pushed as null). */
    public static String merge(String previous, ObjectNode pushed) {
        ObjectNode merged = JSON.createObjectNode();
        if (previous != null) {
            if (read(previous) instanceof ObjectNode o) {
                merged.setAll(o);
            }
        }
        if (pushed != null) {
            pushed.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    merged.remove(e.getKey());
                } else {
                    merged.set(e.getKey(), e.getValue());
                }
            });
        }
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        merged.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        ObjectNode out = JSON.createObjectNode();
        sorted.forEach(out::set);
        return out.toString();
    }

    /** Stored fields as JSON; an empty object when they cannot be read. */
    public static JsonNode parse(String stored) {
        try {
            return read(stored);
        } catch (IllegalStateException e) {
            return JSON.createObjectNode();
        }
    }

    private static JsonNode read(String stored) {
        try {
            return JSON.readTree(stored);
        } catch (Exception e) {
            throw new IllegalStateException("stored report fields are not JSON", e);
        }
    }
}

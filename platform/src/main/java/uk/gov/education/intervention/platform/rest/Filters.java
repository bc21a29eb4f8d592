package uk.gov.education.intervention.platform.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where-clause of a list query from optional filters, with named parameters, so that
 * a list endpoint adds only the filters a client gave.
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} (using {@code :name}) when {@code value} is present. */
    public Filters and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause with several parameters, unconditionally. */
    public Filters and(String clause, Map<String, Object> values) {
        clauses.add(clause);
        params.putAll(values);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}

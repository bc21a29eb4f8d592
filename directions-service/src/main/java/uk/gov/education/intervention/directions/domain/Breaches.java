package uk.gov.education.intervention.directions.domain;

import uk.gov.education.intervention.platform.domain.FieldError;

import java.util.ArrayList;
import java.util.List;

/** The breaches of a set of rules found so far, each with the JSON path of the field at fault. */
final class Breaches {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void require(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
    }

    void forbid(boolean present, String field, String message) {
        if (present) {
            add(field, message);
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}

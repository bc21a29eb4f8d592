package uk.gov.education.intervention.platform.domain;

/** One faulty input field; an empty {@code field} means the input as a whole. */
public record FieldError(String field, String message) {

    public FieldError {
        field = field == null ? "" : field;
    }

    /** The field and message as one phrase, as a detail line lists them. */
    public String describe() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}

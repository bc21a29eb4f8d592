package uk.gov.education.intervention.platform.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks a rule about its own shape or values; {@code errors} lists each field at fault. */
public final class InvalidInput extends DomainException {

    public InvalidInput(List<FieldError> errors) {
        super("validation", "Request is not valid",
                errors.stream().map(FieldError::describe).collect(Collectors.joining("; ")), errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one error");
        }
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}

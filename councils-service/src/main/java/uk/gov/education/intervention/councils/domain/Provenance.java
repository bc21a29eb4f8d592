package uk.gov.education.intervention.councils.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;

/**
 * Where a recorded fact comes from: its source (document and clause) and, for each date, whether the source
 * states it. A date given without a basis is taken as STATED: the Department records dates from the instrument or
 * report it cites. INFERRED needs a source to infer from; UNKNOWN means no date is recorded.
 */
public final class Provenance {

    private Provenance() {
    }

    /** The basis of an optional date: none without a date; STATED or INFERRED with one (STATED by default). */
    public static DateBasis basisOf(String dateField, LocalDate date, DateBasis given) {
        String field = dateField + "Basis";
        if (date == null) {
            if (given != null) {
                throw new InvalidInput(field, "must be absent when " + dateField + " is (a date not recorded has no basis)");
            }
            return null;
        }
        if (given == DateBasis.UNKNOWN) {
            throw new InvalidInput(field, "cannot be UNKNOWN when " + dateField + " is given: omit " + dateField + " instead");
        }
        return given == null ? DateBasis.STATED : given;
    }

    /** A source, trimmed; absent stays absent, but a blank one or one with control characters is refused. */
    public static String source(String field, String given) {
        if (given == null) {
            return null;
        }
        if (given.isBlank()) {
            throw new InvalidInput(field, "must not be blank: name the document and clause, or omit it");
        }
        if (given.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            throw new InvalidInput(field, "must be one line of text without control characters");
        }
        return given.trim();
    }

    /** Optional free text: blank counts as absent, anything else is trimmed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An inferred date must say what it is inferred from. */
    public static void requireSourceIfInferred(String source, String sourceField, DateBasis... bases) {
        for (DateBasis b : bases) {
            if (b == DateBasis.INFERRED && source == null) {
                throw new InvalidInput(sourceField, "is required when a date is INFERRED: name what it is inferred from");
            }
        }
    }
}

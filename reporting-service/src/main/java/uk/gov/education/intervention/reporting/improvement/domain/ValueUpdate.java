package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.math.BigDecimal;
import java.util.UUID;

/** A measure's value for a period; a later value for the same period supersedes it (both stay in the history). */
public record ValueUpdate(UUID measureId, Period period, BigDecimal value) {

    /** A checked value; {@code field} prefixes the names of fields at fault. */
    public static ValueUpdate of(UUID measureId, String period, BigDecimal value, String field) {
        if (measureId == null) {
            throw new InvalidInput(field + "measureId", "is required");
        }
        return new ValueUpdate(measureId, Period.parse(period, field + "period"), Amounts.check(value, field + "value"));
    }
}

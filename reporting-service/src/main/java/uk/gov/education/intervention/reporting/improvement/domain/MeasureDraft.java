package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.math.BigDecimal;

/** A measure of the monitoring and audit framework as added or revised: a named indicator, its unit, target and direction. */
public record MeasureDraft(String name, String unit, BigDecimal target, Direction direction) {

    public static final int MAX_NAME = 300;
    public static final int MAX_UNIT = 60;

    public MeasureDraft {
        name = name == null ? null : name.strip();
        unit = unit == null ? null : unit.strip();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInput("name", "is required, at most " + MAX_NAME + " characters");
        }
        if (unit == null || unit.isEmpty() || unit.length() > MAX_UNIT) {
            throw new InvalidInput("unit", "is required, at most " + MAX_UNIT + " characters (e.g. %, cases per worker)");
        }
        target = Amounts.check(target, "target");
        if (direction == null) {
            throw new InvalidInput("direction", "is required: HIGHER_IS_BETTER or LOWER_IS_BETTER");
        }
    }
}

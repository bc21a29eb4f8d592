package uk.gov.education.intervention.reporting.improvement.domain;

import java.math.BigDecimal;

/** Which way a measure improves: e.g. audited cases meeting the standard (higher), caseload per social worker (lower). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Whether a value meets the target (reaching it exactly counts). */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return this == HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }

    /** Whether {@code later} is an improvement on {@code earlier}; null when either is missing. */
    public Boolean improved(BigDecimal earlier, BigDecimal later) {
        if (earlier == null || later == null) {
            return null;
        }
        int c = later.compareTo(earlier);
        return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
    }
}

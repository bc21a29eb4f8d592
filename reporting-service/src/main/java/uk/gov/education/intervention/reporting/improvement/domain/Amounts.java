package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.math.BigDecimal;

/** Numbers a plan keeps (targets and values): at most 14 digits before the point and 4 after, as stored. */
public final class Amounts {

    public static final String MESSAGE = "must be a number with at most 14 digits before the point and 4 after";
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    private Amounts() {
    }

    public static BigDecimal check(BigDecimal n, String field) {
        if (n == null) {
            throw new InvalidInput(field, "is required; " + MESSAGE);
        }
        BigDecimal s = n.stripTrailingZeros();
        if (s.abs().compareTo(LIMIT) >= 0 || s.scale() > 4) {
            throw new InvalidInput(field, MESSAGE);
        }
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}

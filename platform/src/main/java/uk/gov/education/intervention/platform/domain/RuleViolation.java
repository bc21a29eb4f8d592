package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** Well-formed input that a business rule refuses; {@code slug} names the rule. */
public final class RuleViolation extends DomainException {

    public RuleViolation(String rule, String title, String detail) {
        super(rule, title, detail, List.of());
    }

    public String rule() {
        return slug();
    }
}

package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** An input is larger than a stated limit allows. */
public final class LimitExceeded extends DomainException {

    public LimitExceeded(String slug, String title, String detail, List<FieldError> errors) {
        super(slug, title, detail, errors);
    }
}

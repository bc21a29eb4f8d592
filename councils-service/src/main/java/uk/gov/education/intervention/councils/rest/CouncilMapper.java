package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.CouncilCard;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.service.CouncilService;

/** Councils as the API shows them, and requests read into their details. */
final class CouncilMapper {

    private CouncilMapper() {
    }

    /** {@code latest}: the latest published inspection, whose overall judgement is the current rating; null when none. */
    static CouncilView view(Council c, OfstedInspection latest) {
        RatingView rating = latest == null ? null
                : new RatingView(latest.overallEffectiveness, latest.publishedOn, latest.frameworkCode, latest.id);
        return new CouncilView(c.gssCode, c.laCode, c.name, c.type, c.region, rating);
    }

    static CouncilView view(CouncilCard c) {
        CouncilCard.Rating r = c.rating();
        RatingView rating = r == null ? null : new RatingView(r.overallEffectiveness(), r.publishedOn(), r.frameworkCode(), r.inspectionId());
        return new CouncilView(c.gssCode(), c.laCode(), c.name(), c.type(), c.region(), rating);
    }

    static CouncilService.Details details(CouncilRequest r) {
        return new CouncilService.Details(r.laCode(), r.name(), r.type(), r.region());
    }

    static CouncilService.Details details(CouncilUpdate r) {
        return new CouncilService.Details(r.laCode(), r.name(), r.type(), r.region());
    }
}

package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.service.ReviewOutcomeService;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.util.List;
import java.util.Set;

/** Reviews held and their findings (review outcomes), on the day each review was held: a local query. */
@ApplicationScoped
public class ReviewOutcomesSource implements TimelineSource {

    static final String KIND = "REVIEW_OUTCOME_RECORDED";

    @Inject
    ReviewOutcomeService outcomes;

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Read read(Window w) {
        List<TimelineEntry> entries = outcomes.heldBetween(Set.of(w.council()), w.firstDay(), w.to()).stream()
                .map(ReviewOutcomesSource::entry).toList();
        return Read.of(w.take(entries));
    }

    private static TimelineEntry entry(ReviewOutcome o) {
        String finding = o.sufficientProgress ? "sufficient progress" : "insufficient progress";
        return new TimelineEntry(o.heldOn, KIND, o.id.toString(), "Review held (" + o.kind + "): " + finding
                + (o.recommendation == null ? "" : "; recommendation " + o.recommendation), "reporting-service",
                "/v1/review-outcomes/" + o.id);
    }
}

package uk.gov.education.intervention.reporting.aggregate.domain;

import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The counts of one council (or all) in one period, added up one due item, submission or review at a time. */
public final class Tally {

    private int expected;
    private int received;
    private int onTime;
    private int late;
    private int overdue;
    private int accepted;
    private int returned;
    private int withdrawn;
    private int reviewsHeld;
    private int sufficientProgress;
    private final Map<ReviewRecommendation, Integer> recommendations = new EnumMap<>(ReviewRecommendation.class);

    /**
     * A scheduled item with its status today; {@code onTime} says whether its submission, if any,
     * came in time (an item with no deadline stated is never late).
     */
    public void item(DueItemStatus status, boolean received, boolean onTime) {
        if (status == DueItemStatus.WITHDRAWN) {
            withdrawn++;
            return;
        }
        expected++;
        if (received) {
            submission(onTime, status == DueItemStatus.ACCEPTED, status == DueItemStatus.RETURNED);
        } else if (status == DueItemStatus.OVERDUE) {
            overdue++;
        }
    }

    /** A submission received, counted on its own when the schedule behind it is unknown. */
    public void submission(boolean onTime, boolean accepted, boolean returned) {
        received++;
        if (onTime) {
            this.onTime++;
        } else {
            late++;
        }
        if (accepted) {
            this.accepted++;
        } else if (returned) {
            this.returned++;
        }
    }

    public void review(boolean sufficient, ReviewRecommendation recommendation) {
        reviewsHeld++;
        if (sufficient) {
            sufficientProgress++;
        }
        recommendations.merge(recommendation, 1, Integer::sum);
    }

    public void add(Tally o) {
        expected += o.expected;
        received += o.received;
        onTime += o.onTime;
        late += o.late;
        overdue += o.overdue;
        accepted += o.accepted;
        returned += o.returned;
        withdrawn += o.withdrawn;
        reviewsHeld += o.reviewsHeld;
        sufficientProgress += o.sufficientProgress;
        o.recommendations.forEach((k, v) -> recommendations.merge(k, v, Integer::sum));
    }

    /**
     * The counts as reported. Without the schedule, what it alone tells (expected, overdue,
     * withdrawn and the on-time rate) is unknown, never zero.
     */
    public Counts counts(boolean scheduleKnown) {
        int judged = onTime + late + overdue;
        Double rate = !scheduleKnown || judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 1000.0;
        Map<String, Integer> byRecommendation = new LinkedHashMap<>();
        for (ReviewRecommendation r : ReviewRecommendation.values()) {
            byRecommendation.put(r.name(), recommendations.getOrDefault(r, 0));
        }
        return new Counts(scheduleKnown ? expected : null, received, onTime, late, scheduleKnown ? overdue : null, accepted, returned,
                scheduleKnown ? withdrawn : null, rate,
                new Reviews(reviewsHeld, sufficientProgress, reviewsHeld - sufficientProgress, byRecommendation));
    }

    /** A tally's counts; a null count is unknown. */
    public record Counts(Integer expected, int received, int onTime, int late, Integer overdue, int accepted, int returned,
                         Integer withdrawn, Double onTimeRate, Reviews reviews) {
    }

    /** The reviews held and their findings, every recommendation named. */
    public record Reviews(int held, int sufficientProgress, int insufficientProgress, Map<String, Integer> recommendations) {
    }
}

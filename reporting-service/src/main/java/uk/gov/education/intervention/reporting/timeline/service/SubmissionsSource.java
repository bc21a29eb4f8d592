package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.submission.domain.Review;
import uk.gov.education.intervention.reporting.submission.domain.ReviewDecision;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.service.SubmissionHistory;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Submissions received, returned and accepted, on the day (in the service's calendar) each happened: local queries only. */
@ApplicationScoped
public class SubmissionsSource implements TimelineSource {

    static final String RECEIVED = "SUBMISSION_RECEIVED";
    static final String RETURNED = "SUBMISSION_RETURNED";
    static final String ACCEPTED = "SUBMISSION_ACCEPTED";
    /** Rows read beyond a page: those of the position's own day that the page has already shown. */
    private static final int SAME_DAY_ALLOWANCE = 1000;

    @Inject
    SubmissionHistory history;

    @Inject
    Clock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(RECEIVED, RETURNED, ACCEPTED);
    }

    @Override
    public Read read(Window w) {
        ZoneId zone = clock.getZone();
        OffsetDateTime from = w.firstDay().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime until = w.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        int rows = w.max() + SAME_DAY_ALLOWANCE;
        List<TimelineEntry> entries = new ArrayList<>();
        if (w.kinds().contains(RECEIVED)) {
            for (Submission s : history.received(w.council(), from, until, rows)) {
                entries.add(entry(s.firstSubmittedAt, RECEIVED, s, "Received: " + s.title));
            }
        }
        if (w.kinds().contains(RETURNED) || w.kinds().contains(ACCEPTED)) {
            for (Review r : history.reviewed(w.council(), from, until, rows)) {
                boolean accepted = r.decision == ReviewDecision.ACCEPT;
                entries.add(entry(r.reviewedAt, accepted ? ACCEPTED : RETURNED, r.submission,
                        (accepted ? "Accepted" : "Returned") + " (version " + r.versionNumber + "): " + r.submission.title));
            }
        }
        return Read.of(w.take(entries));
    }

    private TimelineEntry entry(OffsetDateTime at, String kind, Submission s, String summary) {
        return new TimelineEntry(at.atZoneSameInstant(clock.getZone()).toLocalDate(), kind,
                kind.equals(RECEIVED) ? s.id.toString() : s.id + "." + at.toInstant(), summary, "reporting-service",
                "/v1/submissions/" + s.id);
    }
}

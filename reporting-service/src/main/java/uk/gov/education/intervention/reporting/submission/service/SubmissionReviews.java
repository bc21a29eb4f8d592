package uk.gov.education.intervention.reporting.submission.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.submission.domain.ReviewDecision;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionEvent;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionSnapshot;
import uk.gov.education.intervention.reporting.submission.domain.Viewer;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reviews: dfe-admin, or a Commissioner of the council today, accepts the current version or returns it for changes. */
@ApplicationScoped
public class SubmissionReviews {

    @Inject
    SubmissionRepository submissions;

    @Inject
    AccessPolicy access;

    @Inject
    SubmissionReaders readers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<SubmissionEvent> events;

    public SubmissionRead review(UUID id, ExpectedVersion expected, ReviewCommand c) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            // locked before its version is compared: reviews sent at once with one ETag then meet here, and all but
            // the first fail the check (412) instead of their write
            Submission s = submissions.findForUpdate(id);
            if (s == null) {
                throw new NotFound("Submission", id.toString());
            }
            access.requireOversight(s.councilGss);
            expected.check(s.version);
            SubmissionSnapshot before = s.snapshot();
            OffsetDateTime now = OffsetDateTime.now(clock);
            boolean accepted = c.decision() == ReviewDecision.ACCEPT;
            s.review(c.decision(), c.comments(), c.sectionComments(), access.caller().subject(), now);
            submissions.flush();
            audit.record(SubmissionService.AUDIT_TYPE, s.id.toString(), accepted ? "accepted" : "returned", before, s.snapshot());
            events.fire(new SubmissionEvent(accepted ? SubmissionEvent.Kind.ACCEPTED : SubmissionEvent.Kind.RETURNED, s,
                    s.currentVersion, access.caller().subject(), now));
            return readers.read(s, Viewer.full());
        });
    }
}

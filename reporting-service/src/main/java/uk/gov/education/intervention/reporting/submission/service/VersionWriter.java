package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionEvent;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionSnapshot;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionVersion;
import uk.gov.education.intervention.reporting.submission.domain.VersionDraft;
import uk.gov.education.intervention.reporting.submission.repository.AttachmentBlobRepository;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Stores a checked push as a new version of a report (the first one creates it), with its files, audit entry and count. */
@ApplicationScoped
public class VersionWriter {

    @Inject
    SubmissionRepository submissions;

    @Inject
    AttachmentBlobRepository blobs;

    @Inject
    AccessPolicy access;

    @Inject
    SubmissionReaders readers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<SubmissionMetrics.Stored> stored;

    @Inject
    Event<SubmissionEvent> events;

    /** Must run in the push's transaction, with the report's lock held. */
    public SubmissionRead addVersion(Submission s, PushPreparation.Push push) {
        boolean first = s.isNew();
        SubmissionSnapshot before = first ? null : s.snapshot();
        VersionDraft draft = new VersionDraft(access.caller().subject(), callerRole(), push.standing().organisation().orElse(null),
                push.sections().stream().map(PushPreparation.PreparedSection::draft).toList(), push.fields(), push.note());
        // the bytes go first: the version's attachments refer to them, and a refused version rolls them back
        push.sections().forEach(p -> p.files().forEach(f -> blobs.storeOnce(f.sha256(), f.bytes())));
        OffsetDateTime now = OffsetDateTime.now(clock);
        SubmissionVersion v = s.addVersion(draft, now);
        if (first) {
            // persisting seeds the version the ETag is made from; its rows go out with the transaction's next write or flush
            submissions.persist(s);
        } else {
            // raises the version (the new ETag) now, and meets a concurrent change as an optimistic lock failure here
            submissions.flush();
        }
        audit.record(SubmissionService.AUDIT_TYPE, s.id.toString(), first ? "submitted" : "version-added", before, s.snapshot());
        stored.fire(new SubmissionMetrics.Stored(s.kind, first, v.submittedAs)); // counted once the transaction commits
        events.fire(new SubmissionEvent(SubmissionEvent.Kind.RECEIVED, s, v.number, draft.submittedBy(), now));
        return readers.read(s, readers.viewerOf(push.standing()), URI.create("/v1/submissions/" + s.id + "/versions/" + v.number));
    }

    private String callerRole() {
        for (String role : List.of(Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER, Roles.DFE_ANALYST)) {
            if (access.caller().hasRole(role)) {
                return role;
            }
        }
        return "unknown";
    }
}

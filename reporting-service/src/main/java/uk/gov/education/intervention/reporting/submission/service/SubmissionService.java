package uk.gov.education.intervention.reporting.submission.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Pushes of reports. A push to a due item adds a version to its report (creating the report on the
 * first push): the sections pushed replace the same contributors' sections and the rest are
 * carried forward, so every version is the whole report as it then stood. Who writes each section
 * is {@link AccessPolicy}'s to say; reviews are {@link SubmissionReviews}', reads {@link SubmissionQueries}'.
 */
@ApplicationScoped
public class SubmissionService {

    public static final String AUDIT_TYPE = "submission";

    @Inject
    SubmissionRepository submissions;

    @Inject
    SubmissionTargets targets;

    @Inject
    PushPreparation preparation;

    @Inject
    VersionWriter writer;

    @Inject
    AccessPolicy access;

    @Inject
    SubmissionQueries queries;

    public SubmissionRead submit(SubmitCommand c) {
        if (c.dueItemId() != null) {
            return submitForDueItem(c);
        }
        return submitAdHoc(c);
    }

    private SubmissionRead submitForDueItem(SubmitCommand c) {
        DueItemId id = DueItemId.parse(c.dueItemId()).orElseThrow(() -> new InvalidInput("dueItemId", DueItemId.MESSAGE));
        String council = id.councilGssCode();
        if (c.councilGssCode() != null && !c.councilGssCode().equals(council)) {
            throw new InvalidInput("councilGssCode", "must be the due item's council, " + council + ", or left out");
        }
        if (c.dutyId() != null) {
            throw new InvalidInput("dutyId", "is only for ad-hoc reports: a due item names its duty");
        }
        if (c.title() != null) {
            throw new InvalidInput("title", "is only for ad-hoc reports: a due item has its duty's title");
        }
        AccessPolicy.Standing a = access.requireAny(council);
        ScheduleService.DueItem item = targets.dueItem(id, c.dueItemId());
        PushPreparation.Push push = preparation.prepare(c.content(), a, item.duty(), null);
        return inTransaction(() -> {
            submissions.lock("due-item:" + id);
            // the meeting may have been cancelled since the item was found: it is then owed nothing
            targets.requireStillOwed(item, id, c.dueItemId());
            Submission s = submissions.forDueItem(id.toString())
                    .orElseGet(() -> newSubmission(council, item.duty(), item.duty().title()).forDueItem(id.toString(), id.dueOn()));
            return writer.addVersion(s, push);
        });
    }

    private SubmissionRead submitAdHoc(SubmitCommand c) {
        if (c.councilGssCode() == null) {
            throw new InvalidInput("councilGssCode", "is required for an ad-hoc report (one without dueItemId)");
        }
        if (c.title() == null || c.title().isBlank()) {
            throw new InvalidInput("title", "is required for an ad-hoc report (one without dueItemId)");
        }
        String council = c.councilGssCode();
        AccessPolicy.Standing a = access.requireAny(council);
        Duty duty = c.dutyId() == null ? null : targets.adHocDuty(c.dutyId(), council);
        PushPreparation.Push push = preparation.prepare(c.content(), a, duty, null);
        return inTransaction(() -> writer.addVersion(newSubmission(council, duty, c.title().trim()), push));
    }

    /** A new version of an existing submission (a resubmission). */
    public SubmissionRead resubmit(UUID id, VersionCommand c) {
        Submission existing = queries.require(id);
        AccessPolicy.Standing a = access.requireAny(existing.councilGss);
        Duty duty = existing.dutyId == null ? null : targets.duty(existing.dutyId).orElse(null);
        PushPreparation.Push push = preparation.prepare(c, a, duty, existing);
        return inTransaction(() -> {
            // the same lock as a push to its due item, so that the two cannot both add version N + 1
            submissions.lock(existing.dueItemId != null ? "due-item:" + existing.dueItemId : "submission:" + id);
            return writer.addVersion(submissions.findForUpdate(id), push);
        });
    }

    private static SubmissionRead inTransaction(Supplier<SubmissionRead> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    private Submission newSubmission(String council, Duty duty, String title) {
        Submission s = Submission.open(council, title, access.caller().subject());
        return duty == null ? s : s.answering(duty.id(), duty.directionReference(), duty.kind());
    }
}

package uk.gov.education.intervention.reporting.submission.rest;

import uk.gov.education.intervention.reporting.submission.domain.SectionCommentDraft;
import uk.gov.education.intervention.reporting.submission.service.AttachmentCommand;
import uk.gov.education.intervention.reporting.submission.service.ReviewCommand;
import uk.gov.education.intervention.reporting.submission.service.SectionCommand;
import uk.gov.education.intervention.reporting.submission.service.SubmitCommand;
import uk.gov.education.intervention.reporting.submission.service.VersionCommand;

import java.util.List;

/** Requests as the service's commands. */
final class SubmissionCommands {

    private SubmissionCommands() {
    }

    static SubmitCommand submit(SubmissionRequest r) {
        return new SubmitCommand(r.dueItemId(), r.councilGssCode(), r.dutyId(), r.title(), sections(r.sections()), r.fields(), r.note());
    }

    static VersionCommand version(VersionRequest r) {
        return new VersionCommand(sections(r.sections()), r.fields(), r.note());
    }

    static ReviewCommand review(ReviewRequest r) {
        return new ReviewCommand(r.decision(), r.comments(), r.sectionCommentsOrEmpty().stream()
                .map(c -> new SectionCommentDraft(c.contributor(), c.organisationGssCode(), c.comments())).toList());
    }

    private static List<SectionCommand> sections(List<SectionRequest> sections) {
        return sections.stream().map(s -> new SectionCommand(s.contributor(), s.organisationGssCode(), s.narrative(),
                s.attachmentsOrEmpty().stream()
                        .map(a -> new AttachmentCommand(a.fileName(), a.contentType(), a.contentBase64(), a.sha256())).toList(),
                s.planUpdates()))
                .toList();
    }
}

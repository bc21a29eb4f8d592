package uk.gov.education.intervention.reporting.submission.service;

import uk.gov.education.intervention.reporting.submission.domain.ReviewDecision;
import uk.gov.education.intervention.reporting.submission.domain.SectionCommentDraft;

import java.util.List;

/** A decision on a submission's current version, with comments on the whole report and on its sections. */
public record ReviewCommand(ReviewDecision decision, String comments, List<SectionCommentDraft> sectionComments) {

    public ReviewCommand {
        sectionComments = sectionComments == null ? List.of() : List.copyOf(sectionComments);
    }
}

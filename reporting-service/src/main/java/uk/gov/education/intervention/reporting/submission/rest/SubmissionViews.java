package uk.gov.education.intervention.reporting.submission.rest;

import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.reporting.submission.domain.ReportFields;
import uk.gov.education.intervention.reporting.submission.domain.Review;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionVersion;
import uk.gov.education.intervention.reporting.submission.domain.Viewer;
import uk.gov.education.intervention.reporting.submission.service.SubmissionQueries;
import uk.gov.education.intervention.reporting.submission.service.SubmissionRead;

import java.util.List;

/** Submissions as the API shows them to one reader: a reader of some sections sees only those, and only some names. */
final class SubmissionViews {

    private SubmissionViews() {
    }

    static Versioned<SubmissionView> versioned(SubmissionRead r) {
        return new Versioned<>(view(r), r.version());
    }

    static SubmissionView view(SubmissionRead r) {
        Submission s = r.submission();
        Viewer viewer = r.viewer();
        SubmissionVersion current = s.current();
        return new SubmissionView(s.id, s.councilGss, s.dueItemId, s.dutyId, s.directionReference, s.dueOn, s.kind, s.title,
                s.status, r.onTime(), s.currentVersion, s.firstSubmittedAt, s.lastSubmittedAt,
                viewer.isFull() ? ReportFields.parse(current.fields) : null,
                sections(s, current, viewer),
                s.versions.stream().filter(viewer::sees).map(v -> summary(v, viewer)).toList(),
                s.reviews.stream().map(rv -> review(rv, viewer)).toList());
    }

    static VersionView version(SubmissionQueries.VersionRead r) {
        Viewer viewer = r.viewer();
        SubmissionVersion v = r.version();
        return new VersionView(summary(v, viewer), viewer.isFull() ? ReportFields.parse(v.fields) : null,
                sections(r.submission(), v, viewer));
    }

    static VersionSummary summary(SubmissionQueries.VersionRead r) {
        return summary(r.version(), r.viewer());
    }

    /** Every decision; for a reader of some sections, only the comments addressed to them and no reviewer. */
    private static ReviewView review(Review r, Viewer viewer) {
        return new ReviewView(r.versionNumber, r.decision, viewer.isFull() ? r.comments : null,
                r.sectionComments.stream().filter(viewer::sees)
                        .map(c -> new ReviewView.SectionCommentView(c.contributor, c.organisationGss, c.comments)).toList(),
                viewer.isFull() ? r.reviewer : null, r.reviewedAt);
    }

    private static List<SectionView> sections(Submission s, SubmissionVersion v, Viewer viewer) {
        return v.sections.stream().filter(viewer::sees).map(sec -> new SectionView(sec.contributor, sec.organisationGss,
                sec.narrative, sec.authoredInVersion,
                viewer.seesActor(sec.authoredBy, onBehalfOf(s, sec.authoredInVersion)) ? sec.authoredBy : null,
                sec.attachments.stream().map(a -> new AttachmentView(a.fileName, a.contentType, a.sizeBytes, a.sha256,
                        "/v1/submissions/" + s.id + "/attachments/" + a.sha256)).toList(),
                sec.planUpdates == null ? null : ReportFields.parse(sec.planUpdates))).toList();
    }

    private static VersionSummary summary(SubmissionVersion v, Viewer viewer) {
        return new VersionSummary(v.number, v.submittedAt, viewer.seesActor(v.submittedBy, v.onBehalfOf) ? v.submittedBy : null,
                v.submittedAs, v.onBehalfOf, v.note);
    }

    private static String onBehalfOf(Submission s, int versionNumber) {
        return s.version(versionNumber).map(v -> v.onBehalfOf).orElse(null);
    }
}

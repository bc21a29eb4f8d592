package uk.gov.education.intervention.reporting.submission.domain;

/** A reviewer's comment addressed to one section of the version reviewed. */
public record SectionCommentDraft(String contributor, String organisationGss, String comments) {

    public String key() {
        return Section.key(contributor, organisationGss);
    }
}

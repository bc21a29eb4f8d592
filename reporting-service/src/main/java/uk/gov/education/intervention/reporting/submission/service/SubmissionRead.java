package uk.gov.education.intervention.reporting.submission.service;

import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.Viewer;

import java.net.URI;

/**
 * A submission as one reader may see it, with whether its due item's first version arrived in time
 * (null for an ad-hoc report), and, after a push, where the new version lives.
 */
public record SubmissionRead(Submission submission, Viewer viewer, Boolean onTime, URI location) {

    public long version() {
        return submission.version;
    }
}

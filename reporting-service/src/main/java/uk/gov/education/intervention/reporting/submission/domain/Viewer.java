package uk.gov.education.intervention.reporting.submission.domain;

import java.util.Set;

/**
 * Who reads a submission: the whole report, or only the sections with these keys (those the
 * reader writes today), the versions that wrote them, and the names of its own organisation's
 * staff and its own.
 */
public record Viewer(Set<String> sectionKeys, String organisation, String self) {

    public static Viewer full() {
        return new Viewer(null, null, null);
    }

    public boolean isFull() {
        return sectionKeys == null;
    }

    public boolean sees(Section s) {
        return isFull() || sectionKeys.contains(s.sectionKey);
    }

    public boolean sees(SubmissionVersion v) {
        return isFull() || v.wrote(this::sees);
    }

    public boolean sees(ReviewComment c) {
        return isFull() || sectionKeys.contains(c.sectionKey);
    }

    /** Whether the reader may see who pushed a version: its own organisation's staff, or itself. */
    public boolean seesActor(String actor, String onBehalfOf) {
        return isFull() || (organisation != null && organisation.equals(onBehalfOf)) || (self != null && self.equals(actor));
    }

    /** Whether the reader sees any section of any version of the submission. */
    public boolean seesAnyOf(Submission s) {
        return isFull() || s.versions.stream().flatMap(v -> v.sections.stream()).anyMatch(this::sees);
    }
}

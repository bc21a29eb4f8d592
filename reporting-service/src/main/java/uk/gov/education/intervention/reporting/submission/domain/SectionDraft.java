package uk.gov.education.intervention.reporting.submission.domain;

import java.util.List;

/**
 * A section as pushed, checked and ready to become part of a version; its files are already stored by digest.
 * {@code planUpdates} is the JSON text of the plan updates it carries (null: none), which the improvement feature
 * checks when the version is received and applies when the report is accepted.
 */
public record SectionDraft(String contributor, String organisationGss, String narrative, List<AttachedFile> attachments,
                           String planUpdates) {

    public SectionDraft(String contributor, String organisationGss, String narrative, List<AttachedFile> attachments) {
        this(contributor, organisationGss, narrative, attachments, null);
    }

    /** A file of a pushed section, its bytes kept elsewhere under its SHA-256. */
    public record AttachedFile(String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public SectionDraft {
        attachments = List.copyOf(attachments);
    }

    public String key() {
        return Section.key(contributor, organisationGss);
    }
}

package uk.gov.education.intervention.reporting.submission.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A push to a due item ({@code dueItemId}), or an ad-hoc report ({@code councilGssCode} and {@code title}). */
public record SubmitCommand(String dueItemId, String councilGssCode, String dutyId, String title, List<SectionCommand> sections,
                            ObjectNode fields, String note) {

    /** The same content, as a new version of an existing report. */
    public VersionCommand content() {
        return new VersionCommand(sections, fields, note);
    }
}

package uk.gov.education.intervention.reporting.submission.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One push: who sent it (subject, role, and for a council's staff the council), the sections it
 * replaces or adds, the structured fields it changes (a null value removes a field) and a note.
 */
public record VersionDraft(String submittedBy, String submittedAs, String onBehalfOf, List<SectionDraft> sections,
                           ObjectNode fields, String note) {

    public VersionDraft {
        sections = List.copyOf(sections);
    }
}

package uk.gov.education.intervention.reporting.submission.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A new version: the sections it replaces or adds, the fields it changes and a note. */
public record VersionCommand(List<SectionCommand> sections, ObjectNode fields, String note) {

    public VersionCommand {
        sections = List.copyOf(sections);
    }
}

package uk.gov.education.intervention.reporting.submission.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One contributor's section of a push, with its files and the plan updates it carries (null: none). */
public record SectionCommand(String contributor, String organisationGssCode, String narrative, List<AttachmentCommand> attachments,
                             JsonNode planUpdates) {

    public SectionCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

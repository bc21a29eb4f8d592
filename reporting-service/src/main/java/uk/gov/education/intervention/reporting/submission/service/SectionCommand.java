package uk.gov.education.intervention.reporting.submission.service;

import java.util.List;

/** One contributor's section of a push, with its files. */
public record SectionCommand(String contributor, String organisationGssCode, String narrative, List<AttachmentCommand> attachments) {

    public SectionCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

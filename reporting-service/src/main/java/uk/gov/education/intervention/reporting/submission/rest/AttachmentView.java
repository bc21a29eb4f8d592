package uk.gov.education.intervention.reporting.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment", description = "A file attached to a section. Download it at `href`.")
public record AttachmentView(
        @Schema(example = "dashboard-november-2019.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "48213") long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, hex.") String sha256,
        @Schema(example = "/v1/submissions/7f1c.../attachments/b0c3...") String href) {
}

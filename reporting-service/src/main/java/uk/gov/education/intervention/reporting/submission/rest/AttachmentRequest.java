package uk.gov.education.intervention.reporting.submission.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttachmentRequest", description = "A file attached to a section, base64-encoded. Allowed types and the size "
        + "limit are set by the service (by default PDF, Word, Excel, CSV, plain text, PNG and JPEG, up to 5 MiB each).")
public record AttachmentRequest(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[^/\\\\\\x00-\\x1f]+", message = "must be a file name without path separators")
        @Schema(example = "dashboard-november-2019.pdf", required = true) String fileName,
        @NotBlank @Size(max = 100) @Schema(example = "application/pdf", required = true) String contentType,
        @NotBlank @Schema(description = "The file's bytes, base64 (RFC 4648, standard alphabet, no line breaks: e.g. `base64 -w0`).",
                example = "JVBERi0xLjQK", required = true)
        String contentBase64,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits")
        @Schema(description = "Optional SHA-256 of the bytes (hex); when given it must match.",
                example = "b0c3c2a1b2c1d6b3aa2e8fc51c76a1a7f2a4a1e0e7f0a0d9a6d0d9f7c3e4a5b6", nullable = true) String sha256) {
}

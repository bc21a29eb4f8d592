package uk.gov.education.intervention.reporting.submission.service;

/** A file of a pushed section, base64-encoded, with the SHA-256 the sender says it has (optional). */
public record AttachmentCommand(String fileName, String contentType, String contentBase64, String sha256) {
}

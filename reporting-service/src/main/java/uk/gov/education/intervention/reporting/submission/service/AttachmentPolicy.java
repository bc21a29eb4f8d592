package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.FieldError;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.LimitExceeded;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.submission.domain.SectionDraft;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Checks an attachment against the allowed types and the size limit, and computes its SHA-256. */
@ApplicationScoped
public class AttachmentPolicy {

    /** An attachment ready to store. */
    public record Decoded(String fileName, String contentType, byte[] bytes, String sha256) {

        public SectionDraft.AttachedFile file() {
            return new SectionDraft.AttachedFile(fileName, contentType, bytes.length, sha256);
        }
    }

    @Inject
    ReportingConfig config;

    public Decoded decode(AttachmentCommand a, String field) {
        String type = a.contentType().trim().toLowerCase(Locale.ROOT);
        List<String> allowed = config.attachments().allowedTypes();
        if (!allowed.contains(type)) {
            throw new InvalidInput(field + ".contentType", "'" + a.contentType() + "' is not accepted; send one of: "
                    + String.join(", ", allowed));
        }
        long max = config.attachments().maxBytes();
        String encoded = a.contentBase64();
        long longestEncoding = (max + 2) / 3 * 4;
        if (encoded.length() > longestEncoding) {
            throw tooLarge(field, "is " + encoded.length() + " base64 characters, more than the " + longestEncoding
                    + " that " + max + " bytes take", max);
        }
        byte[] bytes;
        try {
            // RFC 4648 base64, strictly: a character outside its alphabet (a line break included) is refused, not skipped
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field + ".contentBase64", "is not base64 (RFC 4648: the letters, digits, + and /, "
                    + "with = padding at the end; no line breaks or other characters)");
        }
        if (bytes.length == 0) {
            throw new InvalidInput(field + ".contentBase64", "is empty");
        }
        if (bytes.length > max) {
            throw tooLarge(field, "is " + bytes.length + " bytes; the limit is " + max, max);
        }
        String sha = sha256(bytes);
        if (a.sha256() != null && !a.sha256().equals(sha)) {
            throw new InvalidInput(field + ".sha256", "does not match the content (its SHA-256 is " + sha + ")");
        }
        return new Decoded(a.fileName().trim(), type, bytes, sha);
    }

    private static RuntimeException tooLarge(String field, String message, long max) {
        return new LimitExceeded("attachment-too-large", "Attachment too large",
                field + " " + message + " (the limit is " + max + " bytes).",
                List.of(new FieldError(field + ".contentBase64", message)));
    }

    public int maxPerSection() {
        return config.attachments().maxPerSection();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

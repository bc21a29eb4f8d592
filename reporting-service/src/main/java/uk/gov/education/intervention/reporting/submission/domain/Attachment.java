package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A file attached to a section; its content is kept once per SHA-256 in {@link AttachmentBlob}. */
@Entity
@Table(name = "submission_attachment")
public class Attachment {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public int position;

    static Attachment of(Section section, String fileName, String contentType, long sizeBytes, String sha256, int position) {
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.section = section;
        a.fileName = fileName;
        a.contentType = contentType;
        a.sizeBytes = sizeBytes;
        a.sha256 = sha256;
        a.position = position;
        return a;
    }
}

package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, addressed by their SHA-256. */
@Entity
@Table(name = "attachment_blob")
public class AttachmentBlob {

    @Id
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}

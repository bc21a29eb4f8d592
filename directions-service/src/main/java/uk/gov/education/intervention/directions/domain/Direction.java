package uk.gov.education.intervention.directions.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A statutory direction to a council. Its public reference is the council's GSS code and the
 * direction's date. The text lives in {@link #content} (a {@link DirectionText} as JSON); the
 * duties it imposes are rows of their own so that they can be queried across directions.
 */
@Entity
@Table(name = "direction")
public class Direction extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String reference;

    @Column(name = "council_gss_code", nullable = false, updatable = false)
    public String councilGssCode;

    @Column(name = "council_name")
    public String councilName;

    @Column(name = "direction_date", nullable = false, updatable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DirectionStatus status;

    @Column(nullable = false)
    public String title;

    @Column(name = "statutory_basis")
    public String statutoryBasis;

    @Column(name = "signatory_name")
    public String signatoryName;

    @Column(name = "signatory_capacity")
    public String signatoryCapacity;

    @Column(name = "signed_on_behalf_of")
    public String signedOnBehalfOf;

    @Column(name = "date_as_printed")
    public String dateAsPrinted;

    /** The signatory's name and capacity as printed, when not on lines of their own. */
    @Column(name = "signatory_as_printed")
    public String signatoryAsPrinted;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    public String summary;

    public String source;

    @Column(name = "revokes_reference")
    public String revokesReference;

    @Column(name = "revoked_by_reference")
    public String revokedByReference;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @OneToMany(mappedBy = "direction", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Duty> duties = new ArrayList<>();

    /** In force from its date until the day before it was revoked; a draft is never in force. */
    public boolean inForceOn(LocalDate day) {
        return status != DirectionStatus.DRAFT && !day.isBefore(date) && (revokedOn == null || day.isBefore(revokedOn));
    }
}

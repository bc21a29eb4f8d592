package uk.gov.education.intervention.reporting.accessrequest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request under a duty due on request (access to a council's premises, documents and employees):
 * who asked and as what, when, what for, and when the council's staff met it. Never deleted.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    @Id
    public UUID id;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    @Column(name = "duty_id", nullable = false)
    public String dutyId;

    @Column(name = "direction_reference", nullable = false)
    public String directionReference;

    /** The token's subject. */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The token's issuer and subject: the requester reads the requests it made. */
    @Column(name = "requester_identity", nullable = false)
    public String requesterIdentity;

    /** The roles the duty names that councils-service recorded for the requester that day, comma-separated. */
    @Column(name = "requested_as", nullable = false)
    public String requestedAs;

    /** The requester's organisation (a council's GSS code), for a council-reporter. */
    @Column(name = "requester_organisation")
    public String requesterOrganisation;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(nullable = false)
    public boolean premises;

    @Column(nullable = false)
    public boolean documents;

    @Column(nullable = false)
    public boolean employees;

    @Column(nullable = false)
    public String details;

    @Column(name = "met_on")
    public LocalDate metOn;

    @Column(name = "met_by")
    public String metBy;

    @Column(name = "met_note")
    public String metNote;

    @Column(name = "met_recorded_at")
    public OffsetDateTime metRecordedAt;

    @Version
    public long version;
}

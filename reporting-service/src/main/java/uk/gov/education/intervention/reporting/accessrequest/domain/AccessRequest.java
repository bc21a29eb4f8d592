package uk.gov.education.intervention.reporting.accessrequest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /** What the directions give access to. */
    public enum Access { PREMISES, DOCUMENTS, EMPLOYEES }

    /** Who asked, and as what: the roles the duty names that the requester held that day. */
    public record Requester(String subject, String identity, Set<String> as, String organisation) {
    }

    /** A request as made under a duty, open until the council's staff meet it. */
    public static AccessRequest made(UUID id, String councilGss, String dutyId, String directionReference, Requester by,
                                     OffsetDateTime at, Collection<Access> access, String details) {
        if (access.isEmpty() || by.as().isEmpty()) {
            throw new IllegalArgumentException("a request asks for some access, as one of the roles its duty names");
        }
        AccessRequest r = new AccessRequest();
        r.id = id;
        r.councilGss = councilGss;
        r.dutyId = dutyId;
        r.directionReference = directionReference;
        r.requestedBy = by.subject();
        r.requesterIdentity = by.identity();
        r.requestedAs = String.join(",", new TreeSet<>(by.as()));
        r.requesterOrganisation = by.organisation();
        r.requestedAt = at;
        r.premises = access.contains(Access.PREMISES);
        r.documents = access.contains(Access.DOCUMENTS);
        r.employees = access.contains(Access.EMPLOYEES);
        r.details = details.strip();
        return r;
    }

    /**
     * Records that the council met the request on {@code metOn}: once only, not before the day it
     * was made (in {@code zone}) nor after {@code today}.
     */
    public void meet(LocalDate metOn, LocalDate today, ZoneId zone, String by, String note, OffsetDateTime recordedAt) {
        if (this.metOn != null) {
            throw new Conflict("access-request-met", "Access request " + id + " was already met on " + this.metOn + ".");
        }
        LocalDate requestedOn = requestedAt.atZoneSameInstant(zone).toLocalDate();
        if (metOn.isAfter(today)) {
            throw new InvalidInput("metOn", "must not be after today (" + today + ")");
        }
        if (metOn.isBefore(requestedOn)) {
            throw new InvalidInput("metOn", "must not be before the request was made (" + requestedOn + ")");
        }
        this.metOn = metOn;
        this.metBy = by;
        this.metNote = note == null || note.isBlank() ? null : note.strip();
        this.metRecordedAt = recordedAt;
    }

    public boolean isMet() {
        return metOn != null;
    }

    public Snapshot snapshot() {
        List<String> what = new ArrayList<>();
        if (premises) {
            what.add(Access.PREMISES.name());
        }
        if (documents) {
            what.add(Access.DOCUMENTS.name());
        }
        if (employees) {
            what.add(Access.EMPLOYEES.name());
        }
        return new Snapshot(id, councilGss, dutyId, directionReference, requestedBy, Arrays.asList(requestedAs.split(",")),
                requesterOrganisation, requestedAt, what, details, isMet() ? "MET" : "OPEN", metOn, metBy, metNote);
    }

    /** The request as its history records it, field for field as the API shows it. */
    public record Snapshot(UUID id, String councilGssCode, String dutyId, String directionReference, String requestedBy,
                           List<String> requestedAs, String requesterOrganisation, OffsetDateTime requestedAt, List<String> access,
                           String details, String status, LocalDate metOn, String metBy, String metNote) {
    }
}

package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A token identity, its issuer and subject ({@code iss} and {@code sub}), by which a person signs in.
 * The appointments of the person it is linked to decide what a token of that identity may do.
 */
@Entity
@Table(name = "person_identity")
public class PersonIdentity extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    @Column(name = "linked_at", nullable = false)
    public OffsetDateTime linkedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Column
    public String notes;

    public boolean active() {
        return endedAt == null;
    }

    /** A new link of a token identity to a person, who must not be retired. */
    public static PersonIdentity link(Person person, String issuer, String subject, OffsetDateTime at, String notes) {
        requireLinkable(person);
        PersonIdentity link = new PersonIdentity();
        link.id = UUID.randomUUID();
        link.person = person;
        link.issuer = issuer;
        link.subject = subject;
        link.linkedAt = at;
        link.notes = Provenance.blankToNull(notes);
        return link;
    }

    /** No identity is linked to a retired person. */
    public static void requireLinkable(Person person) {
        if (person.status == RecordStatus.RETIRED) {
            throw new RuleViolation("holder-retired", "Person is retired",
                    person.displayName() + " is retired: no identity can be linked to the record.");
        }
    }

    /** Ends the link; an ended link stays ended. */
    public void end(OffsetDateTime at, String reason) {
        if (!active()) {
            throw new Conflict("identity-link-ended", "Link " + id + " already ended on " + endedAt + ".");
        }
        endedAt = at;
        endReason = reason.strip();
    }

    public Snapshot snapshot() {
        return new Snapshot(id, person.id, issuer, subject, linkedAt, endedAt, endReason, notes, active() ? "ACTIVE" : "ENDED");
    }

    /** The link's state as the audit history keeps it. */
    public record Snapshot(UUID id, UUID personId, String issuer, String subject, OffsetDateTime linkedAt,
                           OffsetDateTime endedAt, String endReason, String notes, String status) {
    }
}

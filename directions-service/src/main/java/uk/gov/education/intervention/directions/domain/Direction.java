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
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.RuleViolation;
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

    /** A new draft of what {@code draft} says; {@code content} is its text as stored JSON. */
    public static Direction draft(DirectionDraft draft, String content) {
        Direction d = new Direction();
        d.reference = draft.reference();
        d.councilGssCode = draft.councilGssCode();
        d.date = draft.date();
        d.status = DirectionStatus.DRAFT;
        d.write(draft, content);
        return d;
    }

    /** Refuses a change unless this is a draft: an issued text is frozen. */
    public void requireDraft(String verb) {
        if (status != DirectionStatus.DRAFT) {
            throw new Conflict("direction-issued", "Direction " + reference + " is " + status.name().toLowerCase()
                    + ": its text was frozen when it was issued, so it cannot be " + verb + ". Draft a new direction that revokes it.");
        }
    }

    /** Refuses a redraft that names another council or date: they make the reference. */
    public void requireSameReference(DirectionDraft draft) {
        if (!draft.reference().equals(reference)) {
            throw new RuleViolation("reference-is-fixed", "Council and date cannot change",
                    "The council and date of a direction make its reference (" + reference + ") and cannot change. "
                            + "Send councilGssCode " + councilGssCode + " and date " + date + ", or draft a new direction.");
        }
    }

    /**
     * Drops the duties of a draft about to be redrafted. The caller flushes before {@link #redraft},
     * as the new duties may reuse the codes of the old.
     */
    public void withdrawDuties() {
        requireDraft("edited");
        duties.clear();
    }

    /** Replaces a draft's title, signatory, text and duties; its council and date stay. */
    public void redraft(DirectionDraft draft, String content) {
        requireDraft("edited");
        requireSameReference(draft);
        duties.clear();
        write(draft, content);
    }

    private void write(DirectionDraft draft, String content) {
        Signatory s = draft.signatory();
        title = draft.title().trim();
        statutoryBasis = draft.statutoryBasis();
        signatoryName = s == null ? null : s.name();
        signatoryCapacity = s == null ? null : s.capacity();
        signedOnBehalfOf = s == null ? null : s.onBehalfOf();
        dateAsPrinted = s == null ? null : s.dateAsPrinted();
        signatoryAsPrinted = s == null ? null : s.nameAndCapacityAsPrinted();
        revokesReference = draft.revokes();
        this.content = content;
        int position = 0;
        for (DutyTerms terms : draft.duties()) {
            duties.add(Duty.of(this, ++position, terms));
        }
    }

    /** Refuses to issue a draft that lacks what an issued direction must state. */
    public void requireComplete(DirectionText text) {
        List<String> missing = new ArrayList<>();
        if (statutoryBasis == null) {
            missing.add("statutoryBasis");
        }
        if (signatoryName == null) {
            missing.add("signatory");
        }
        if (text.recitals().isEmpty()) {
            missing.add("recitals");
        }
        if (text.clauses().isEmpty()) {
            missing.add("clauses");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("incomplete-direction", "Direction is not complete",
                    "A direction is issued with its statutory basis, signatory, recitals and directives; this draft lacks: "
                            + String.join(", ", missing) + ".");
        }
    }

    /** Issues the draft to the council, as councils-service names it, freezing its text. */
    public void issue(String councilName, OffsetDateTime at) {
        requireDraft("issued");
        status = DirectionStatus.ISSUED;
        this.councilName = councilName;
        issuedAt = at;
    }

    /** Refuses to revoke a draft, or a direction already revoked. */
    public void requireRevocable() {
        if (status == DirectionStatus.DRAFT) {
            throw new Conflict("not-issued", "Direction " + reference + " is a draft: only an issued direction is revoked.");
        }
        if (status == DirectionStatus.REVOKED) {
            throw new Conflict("already-revoked", "Direction " + reference + " was already revoked on " + revokedOn
                    + (revokedByReference == null ? "." : " by " + revokedByReference + "."));
        }
    }

    /** Revokes this issued direction from {@code on}, the first day it is no longer in force. */
    public void revoke(LocalDate on, String reason) {
        revoke(on, reason, null);
    }

    /** Revokes this direction on the date of the direction that replaces it. */
    public void revokeBy(Direction successor) {
        revoke(successor.date, "Revoked by direction " + successor.reference + " of " + successor.date + ".", successor.reference);
    }

    private void revoke(LocalDate on, String reason, String by) {
        requireRevocable();
        if (!on.isAfter(date)) {
            throw new RuleViolation("revocation-date", "Revocation date before the direction",
                    "A direction is in force from its date (" + date + "); revokedOn, the first day it is no longer in force, "
                            + "must come after it.");
        }
        status = DirectionStatus.REVOKED;
        revokedOn = on;
        revokedByReference = by;
        revocationReason = reason.trim();
    }

    /** This direction's state for the audit log; {@code text} is its stored text, read. */
    public DirectionSnapshot snapshot(DirectionText text) {
        return new DirectionSnapshot(reference, councilGssCode, councilName, title, date, status, statutoryBasis, signatory(),
                revokesReference, revokedByReference, revokedOn, revocationReason, issuedAt, summary, source, text.recitals(),
                text.functions(), text.clauses(), text.annexes(), duties.stream().map(Duty::snapshot).toList());
    }

    /** The signatory, or null when the draft names none yet. */
    public Signatory signatory() {
        return signatoryName == null ? null
                : new Signatory(signatoryName, signatoryCapacity, signedOnBehalfOf, dateAsPrinted, signatoryAsPrinted);
    }

    /** In force from its date until the day before it was revoked; a draft is never in force. */
    public boolean inForceOn(LocalDate day) {
        return status != DirectionStatus.DRAFT && !day.isBefore(date) && (revokedOn == null || day.isBefore(revokedOn));
    }
}

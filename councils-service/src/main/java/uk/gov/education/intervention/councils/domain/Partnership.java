package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/** A formal partnership arrangement a direction requires, e.g. Stoke-on-Trent's by 31 January 2020. */
@Entity
@Table(name = "partnership")
public class Partnership extends TrackedEntity {

    private static final EnumSet<PartnershipStatus> NEEDS_AGREED_TERMS = EnumSet.of(PartnershipStatus.TERMS_AGREED, PartnershipStatus.IN_PLACE);

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    public Council council;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_organisation_id")
    public Organisation partner;

    @Column
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_basis")
    public DateBasis deadlineBasis;

    @Column(name = "terms_agreed_on")
    public LocalDate termsAgreedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "terms_agreed_on_basis")
    public DateBasis termsAgreedOnBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipStatus status;

    @Column(name = "instrument_reference")
    public String instrumentReference;

    @Column
    public String notes;

    @Column
    public String source;

    /**
     * Sets the arrangement: a partner, if named, is another council's local authority; terms are agreed (or the
     * partnership in place) only with a partner and the date the terms were agreed; inferred dates need a source.
     */
    public void arrange(Council council, Organisation partner, Terms t) {
        if (partner != null) {
            if (partner.kind != OrganisationKind.LOCAL_AUTHORITY) {
                throw new RuleViolation("partner-is-local-authority", "The partner must be a local authority",
                        partner.name + " is not a local authority.");
            }
            if (partner.council != null && partner.council.id.equals(council.id)) {
                throw new RuleViolation("partner-is-other-council", "A council cannot partner itself",
                        partner.name + " is the council the partnership is for.");
            }
        }
        if (NEEDS_AGREED_TERMS.contains(t.status()) && (partner == null || t.termsAgreedOn() == null)) {
            throw new RuleViolation("partnership-terms", "Agreed terms need a partner and a date",
                    "A partnership is " + t.status() + " only once it names the partner authority and the date the Secretary of State agreed its terms.");
        }
        DateBasis deadlineBasis = Provenance.basisOf("deadline", t.deadline(), t.deadlineBasis());
        DateBasis termsAgreedOnBasis = Provenance.basisOf("termsAgreedOn", t.termsAgreedOn(), t.termsAgreedOnBasis());
        String source = Provenance.source("source", t.source());
        Provenance.requireSourceIfInferred(source, "source", deadlineBasis, termsAgreedOnBasis);
        this.council = council;
        this.partner = partner;
        this.deadline = t.deadline();
        this.deadlineBasis = deadlineBasis;
        this.termsAgreedOn = t.termsAgreedOn();
        this.termsAgreedOnBasis = termsAgreedOnBasis;
        this.source = source;
        this.status = t.status();
        this.instrumentReference = Provenance.blankToNull(t.instrumentReference());
        this.notes = Provenance.blankToNull(t.notes());
    }

    /** A partnership stays with the council it was recorded for. */
    public void requireCouncil(String councilGssCode) {
        if (!council.gssCode.equals(councilGssCode)) {
            throw new InvalidInput("councilGssCode", "cannot change: this partnership is for " + council.gssCode);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(id, council.gssCode, partner == null ? null : partner.id, deadline, deadlineBasis, termsAgreedOn,
                termsAgreedOnBasis, status, instrumentReference, notes, source);
    }

    /** The arrangement as its source gives it. */
    public record Terms(LocalDate deadline, DateBasis deadlineBasis, LocalDate termsAgreedOn, DateBasis termsAgreedOnBasis,
                        PartnershipStatus status, String instrumentReference, String notes, String source) {
    }

    /** The partnership's state as the audit history keeps it. */
    public record Snapshot(UUID id, String councilGssCode, UUID partnerOrganisationId, LocalDate deadline, DateBasis deadlineBasis,
                           LocalDate termsAgreedOn, DateBasis termsAgreedOnBasis, PartnershipStatus status,
                           String instrumentReference, String notes, String source) {
    }
}

package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A body that can hold a role: a local authority (linked to its council), the Department, or another body. */
@Entity
@Table(name = "organisation")
public class Organisation extends TrackedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    public Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordStatus status = RecordStatus.ACTIVE;

    @Column(name = "retired_reason")
    public String retiredReason;

    /** Only a local authority names a council, and it must. */
    public static void requireCouncilMatchesKind(OrganisationKind kind, boolean councilGiven) {
        if (kind == OrganisationKind.LOCAL_AUTHORITY && !councilGiven) {
            throw new InvalidInput("councilGssCode", "is required for a LOCAL_AUTHORITY");
        }
        if (kind != OrganisationKind.LOCAL_AUTHORITY && councilGiven) {
            throw new InvalidInput("councilGssCode", "is only for a LOCAL_AUTHORITY");
        }
    }

    /** Sets the name, kind and (for a local authority) council; see {@link #requireCouncilMatchesKind}. */
    public void describe(String name, OrganisationKind kind, Council council) {
        requireCouncilMatchesKind(kind, council != null);
        this.name = name.trim();
        this.kind = kind;
        this.council = council;
    }

    public void retire(String reason) {
        status = RecordStatus.RETIRED;
        retiredReason = reason.trim();
    }

    /**
     * An Improvement Advisor is a local authority whose latest published Ofsted inspection on {@code on}
     * ({@code latest}, null when there is none) judged it good or outstanding overall.
     */
    public void requireStrongAuthority(OfstedInspection latest, LocalDate on) {
        String rule = "improvement-advisor-rating";
        String title = "An Improvement Advisor must be a local authority rated good or outstanding";
        if (kind != OrganisationKind.LOCAL_AUTHORITY || council == null) {
            throw new RuleViolation(rule, title, name + " is not a local authority, so it cannot be an Improvement Advisor.");
        }
        if (latest == null) {
            throw new RuleViolation(rule, title, name + " has no published Ofsted inspection on or before " + on
                    + ", so it is not known to be rated good or outstanding.");
        }
        if (!latest.overallEffectiveness.isGoodOrBetter()) {
            throw new RuleViolation(rule, title, name + "'s overall Ofsted judgement on " + on + " is "
                    + latest.overallEffectiveness + " (inspection published " + latest.publishedOn
                    + "); an Improvement Advisor must be rated GOOD or OUTSTANDING.");
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(id, name, kind, council == null ? null : council.gssCode, status, retiredReason);
    }

    /** The organisation's state as the audit history keeps it. */
    public record Snapshot(UUID id, String name, OrganisationKind kind, String councilGssCode, RecordStatus status,
                           String retiredReason) {
    }
}

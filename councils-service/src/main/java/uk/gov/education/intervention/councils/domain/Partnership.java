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
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A formal partnership arrangement a direction requires, e.g. Stoke-on-Trent's by 31 January 2020. */
@Entity
@Table(name = "partnership")
public class Partnership extends TrackedEntity {

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
}

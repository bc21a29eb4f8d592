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
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

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
}

package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role in an intervention (reference data): who may hold it and whether it is held for a council. */
@Entity
@Table(name = "role")
public class Role {

    public static final String IMPROVEMENT_ADVISOR = "IMPROVEMENT_ADVISOR";

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false)
    public HolderKind holderKind;

    @Column(name = "council_scoped", nullable = false)
    public boolean councilScoped;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int position;
}

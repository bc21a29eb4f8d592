package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

/** A local authority with children's social care functions, identified publicly by its GSS code. */
@Entity
@Table(name = "council")
public class Council extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "gss_code", nullable = false, unique = true, updatable = false)
    public String gssCode;

    @Column(name = "la_code")
    public String laCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouncilType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    /** Sets the details that may change (the GSS code never does). */
    public void describe(String laCode, String name, CouncilType type, Region region) {
        this.laCode = laCode;
        this.name = name.trim();
        this.type = type;
        this.region = region;
    }

    public Snapshot snapshot() {
        return new Snapshot(gssCode, laCode, name, type, region);
    }

    /** The council's state as the audit history keeps it. */
    public record Snapshot(String gssCode, String laCode, String name, CouncilType type, Region region) {
    }
}

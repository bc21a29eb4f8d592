package uk.gov.education.intervention.reporting.improvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A council's improvement plan: one per council. Its content is its history ({@link PlanChange}); this
 * row counts the revisions and carries the version every write must name (If-Match).
 */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

    @Id
    public UUID id;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    /** The number of changes made to the plan: each change is the next revision. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static ImprovementPlan started(UUID id, String councilGss, String by, OffsetDateTime at) {
        ImprovementPlan p = new ImprovementPlan();
        p.id = id;
        p.councilGss = councilGss;
        p.revision = 0;
        p.createdBy = by;
        p.createdAt = at;
        p.updatedBy = by;
        p.updatedAt = at;
        return p;
    }

    /** The stamp of the next change to the plan, which it now counts. */
    public Stamp nextRevision(String by, OffsetDateTime at, Source source) {
        revision++;
        updatedBy = by;
        updatedAt = at;
        return new Stamp(revision, by, at, source);
    }
}

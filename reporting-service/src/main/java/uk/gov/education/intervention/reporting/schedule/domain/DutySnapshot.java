package uk.gov.education.intervention.reporting.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** The last copy of directions-service's duties feed, kept so schedules survive its absence. */
@Entity
@Table(name = "duty_snapshot")
public class DutySnapshot {

    public static final String FEED = "duties";

    @Id
    public String name;

    @Column
    public String etag;

    @Column(name = "fetched_at", nullable = false)
    public OffsetDateTime fetchedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String duties;
}

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

import java.util.UUID;

/** A person who holds or has held a role, e.g. 'Eleanor Brazil', honours 'OBE'. */
@Entity
@Table(name = "person")
public class Person extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column
    public String honours;

    @Column(name = "job_title")
    public String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordStatus status = RecordStatus.ACTIVE;

    /** The name as a direction writes it: 'Eleanor Brazil OBE'. */
    public String displayName() {
        return honours == null || honours.isBlank() ? fullName : fullName + " " + honours;
    }

    public void describe(String fullName, String honours, String jobTitle, Organisation organisation) {
        this.fullName = fullName.trim();
        this.honours = Provenance.blankToNull(honours);
        this.jobTitle = Provenance.blankToNull(jobTitle);
        this.organisation = organisation;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, fullName, honours, jobTitle, organisation == null ? null : organisation.id, status);
    }

    /** The person's state as the audit history keeps it. */
    public record Snapshot(UUID id, String fullName, String honours, String jobTitle, UUID organisationId, RecordStatus status) {
    }
}

package uk.gov.education.intervention.reporting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A report for one due item, or an ad-hoc report. Each push by a contributor adds a version;
 * every version is kept, and reviews judge the current one.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    public UUID id;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    /** The due item it answers; null for an ad-hoc report. */
    @Column(name = "due_item_id")
    public String dueItemId;

    @Column(name = "duty_id")
    public String dutyId;

    @Column(name = "direction_reference")
    public String directionReference;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column
    public String kind;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "first_submitted_at", nullable = false)
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "last_submitted_at", nullable = false)
    public OffsetDateTime lastSubmittedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("number")
    public List<SubmissionVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("reviewedAt, id")
    public List<Review> reviews = new ArrayList<>();

    public SubmissionVersion current() {
        return versions.stream().filter(v -> v.number == currentVersion).findFirst()
                .orElseThrow(() -> new IllegalStateException("submission " + id + " has no version " + currentVersion));
    }

    public boolean isAdHoc() {
        return dueItemId == null;
    }
}

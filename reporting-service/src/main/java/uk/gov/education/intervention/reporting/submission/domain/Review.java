package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reviewer's decision on one version of a submission, with comments on the report as a whole
 * ({@code comments}) and comments addressed to its sections.
 */
@Entity
@Table(name = "submission_review")
public class Review {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    @Column
    public String comments;

    @Column(nullable = false)
    public String reviewer;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<ReviewComment> sectionComments = new ArrayList<>();

    @Column(name = "reviewed_at", nullable = false)
    public OffsetDateTime reviewedAt;

    static Review of(Submission s, ReviewDecision decision, String comments, List<SectionCommentDraft> addressed,
                     String reviewer, OffsetDateTime now) {
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.submission = s;
        r.versionNumber = s.currentVersion;
        r.decision = decision;
        r.comments = comments == null || comments.isBlank() ? null : comments.strip();
        r.reviewer = reviewer;
        r.reviewedAt = now;
        for (int i = 0; i < addressed.size(); i++) {
            r.sectionComments.add(ReviewComment.of(r, addressed.get(i), i));
        }
        return r;
    }
}

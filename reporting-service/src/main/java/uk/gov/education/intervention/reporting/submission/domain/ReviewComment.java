package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A reviewer's comment addressed to one section of the version reviewed (e.g. one Partner in Practice's). */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    public Review review;

    /** The {@link Section#key} of the section addressed. */
    @Column(name = "section_key", nullable = false)
    public String sectionKey;

    @Column(nullable = false)
    public String contributor;

    @Column(name = "organisation_gss")
    public String organisationGss;

    @Column(nullable = false)
    public String comments;

    @Column(nullable = false)
    public int position;

    static ReviewComment of(Review review, SectionCommentDraft draft, int position) {
        ReviewComment c = new ReviewComment();
        c.id = UUID.randomUUID();
        c.review = review;
        c.sectionKey = draft.key();
        c.contributor = draft.contributor();
        c.organisationGss = draft.organisationGss();
        c.comments = draft.comments().strip();
        c.position = position;
        return c;
    }
}

package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.submission.domain.Review;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A council's submissions received and reviews decided within a time window, oldest first and at most
 * {@code max} of each: what a council's timeline shows of this feature (read through here, never the repository).
 */
@ApplicationScoped
public class SubmissionHistory {

    @Inject
    SubmissionRepository submissions;

    /** Submissions first received from {@code from} (inclusive) until {@code until} (exclusive). */
    public List<Submission> received(String council, OffsetDateTime from, OffsetDateTime until, int max) {
        return submissions.find("councilGss = ?1 and firstSubmittedAt >= ?2 and firstSubmittedAt < ?3 order by firstSubmittedAt, id",
                council, from, until).page(0, max).list();
    }

    /** Reviews (returns and acceptances) decided from {@code from} (inclusive) until {@code until} (exclusive). */
    public List<Review> reviewed(String council, OffsetDateTime from, OffsetDateTime until, int max) {
        return submissions.getEntityManager().createQuery("select r from Review r join fetch r.submission s where s.councilGss = :council "
                        + "and r.reviewedAt >= :from and r.reviewedAt < :until order by r.reviewedAt, r.id", Review.class)
                .setParameter("council", council).setParameter("from", from).setParameter("until", until)
                .setMaxResults(max).getResultList();
    }
}

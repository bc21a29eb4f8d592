package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.submission.domain.DueItemAnswer;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The reports answering due items, for the features that schedule, count and aggregate them. */
@ApplicationScoped
public class DueItemSubmissions {

    @Inject
    SubmissionRepository submissions;

    /** Submissions answering due items of these councils due within the dates. */
    public List<Submission> answering(List<String> councils, LocalDate from, LocalDate to) {
        return submissions.answering(councils, from, to);
    }

    /** As {@link #answering}, only each one's due item, state and first receipt. */
    public List<DueItemAnswer> answers(List<String> councils, LocalDate from, LocalDate to) {
        return submissions.answers(councils, from, to);
    }

    /** Every submission answering a due item, optionally (councils not null) of some councils only. */
    public List<Submission> answeringAny(List<String> councils, LocalDate from, LocalDate to) {
        return submissions.answeringAny(councils, from, to);
    }

    public Optional<Submission> forDueItem(String dueItemId) {
        return submissions.forDueItem(dueItemId);
    }
}

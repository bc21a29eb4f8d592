package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.submission.domain.DueItemAnswer;
import uk.gov.education.intervention.reporting.submission.domain.DueItemReport;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The reports answering due items, for the features that schedule, count and aggregate them. */
@ApplicationScoped
public class DueItemSubmissions {

    @Inject
    SubmissionRepository submissions;

    /** As {@link #answering}, only each one's due item, state and first receipt. */
    public List<DueItemAnswer> answers(List<String> councils, LocalDate from, LocalDate to) {
        return submissions.answers(councils, from, to);
    }

    /** Every submission answering a due item, optionally (councils not null) of some councils only. */
    public List<Submission> answeringAny(List<String> councils, LocalDate from, LocalDate to) {
        return submissions.answeringAny(councils, from, to);
    }

    /** The reports answering these due items, as a page of items shows them. */
    public List<DueItemReport> reportsAnswering(Collection<String> dueItemIds) {
        return dueItemIds.isEmpty() ? List.of() : submissions.reportsAnswering(dueItemIds);
    }

    /** Which of these reports have, in any version, a section with one of these keys. */
    public Set<UUID> withSectionOf(Collection<UUID> ids, Collection<String> sectionKeys) {
        return ids.isEmpty() || sectionKeys.isEmpty() ? Set.of() : submissions.withSectionOf(ids, sectionKeys);
    }

    public Optional<Submission> forDueItem(String dueItemId) {
        return submissions.forDueItem(dueItemId);
    }
}

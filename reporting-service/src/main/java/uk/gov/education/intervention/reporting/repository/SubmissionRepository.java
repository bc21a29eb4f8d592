package uk.gov.education.intervention.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.domain.Submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    /** Submissions answering due items of these councils due within the dates. */
    public List<Submission> answering(List<String> councils, LocalDate from, LocalDate to) {
        return find("councilGss in :councils and dueItemId is not null and dueOn between :from and :to",
                Parameters.with("councils", councils).and("from", from).and("to", to)).list();
    }

    /** Every submission answering a due item, optionally of some councils only. */
    public List<Submission> answeringAny(List<String> councils, LocalDate from, LocalDate to) {
        if (councils == null) {
            return find("dueItemId is not null and dueOn between :from and :to",
                    Parameters.with("from", from).and("to", to)).list();
        }
        return answering(councils, from, to);
    }

    public Optional<Submission> forDueItem(String dueItemId) {
        return find("dueItemId", dueItemId).firstResultOptional();
    }
}

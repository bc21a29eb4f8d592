package uk.gov.education.intervention.reporting.reviewoutcome.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewOutcomeRepository implements PanacheRepositoryBase<ReviewOutcome, UUID> {

    public Optional<ReviewOutcome> forDueItem(String dueItemId) {
        return find("dueItemId", dueItemId).firstResultOptional();
    }

    /** Reviews held between the two days (inclusive), of these councils (null: every council). */
    public List<ReviewOutcome> heldBetween(Collection<String> councils, LocalDate from, LocalDate to) {
        if (councils == null) {
            return list("heldOn >= ?1 and heldOn <= ?2", from, to);
        }
        if (councils.isEmpty()) {
            return List.of();
        }
        return list("heldOn >= ?1 and heldOn <= ?2 and councilGss in ?3", from, to, councils);
    }
}

package uk.gov.education.intervention.reporting.reviewoutcome.repository;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.persistence.RecordsById;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewOutcomeRepository implements RecordsById<ReviewOutcome> {

    @Override
    public String noun() {
        return "Review outcome";
    }

    public Optional<ReviewOutcome> forDueItem(String dueItemId) {
        return find("dueItemId", dueItemId).firstResultOptional();
    }

    /** Serialises writers of one name (a review, say) until the transaction ends. */
    public void lockFor(String name) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name).getSingleResult();
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

    /**
     * Up to {@code rows} outcomes in order of the day held after the cursor's (day, id), of one
     * council (when given) or of those in {@code among} (null: every council).
     */
    public List<ReviewOutcome> page(String council, Collection<String> among, String kind, LocalDate from, LocalDate to,
                                    KeysetCursor<LocalDate, UUID> after, int rows) {
        Filters f = new Filters()
                .and("heldOn >= :from", "from", from)
                .and("heldOn <= :to", "to", to)
                .and("kind = :kind", "kind", kind)
                .and("councilGss = :council", "council", council);
        if (among != null) {
            f.and("councilGss in :own", Map.of("own", among));
        }
        if (after != null) {
            f.and("(heldOn > :kd or (heldOn = :kd and id > :kid))", Map.of("kd", after.first(), "kid", after.second()));
        }
        return find(f.where() + " order by heldOn, id", f.params()).page(0, rows).list();
    }
}

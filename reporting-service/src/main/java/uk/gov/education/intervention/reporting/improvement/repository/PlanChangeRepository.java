package uk.gov.education.intervention.reporting.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanChangeRepository implements PanacheRepositoryBase<PlanChange, UUID> {

    /** A plan's changes recorded before a moment (null: every change), in revision order. */
    public List<PlanChange> upTo(UUID planId, OffsetDateTime until) {
        if (until == null) {
            return list("planId = ?1 order by revision", planId);
        }
        return list("planId = ?1 and recordedAt < ?2 order by revision", planId, until);
    }

    /**
     * Up to {@code rows} of a council's changes recorded from {@code from} (inclusive) to {@code to} (exclusive) (either may
     * be null: unbounded), in revision order, after the revision {@code afterRevision} (null: from the first).
     */
    public List<PlanChange> between(String councilGss, OffsetDateTime from, OffsetDateTime to, Integer afterRevision, int rows) {
        StringBuilder q = new StringBuilder("councilGss = :council");
        var params = new java.util.HashMap<String, Object>();
        params.put("council", councilGss);
        if (from != null) {
            q.append(" and recordedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            q.append(" and recordedAt < :to");
            params.put("to", to);
        }
        if (afterRevision != null) {
            q.append(" and revision > :after");
            params.put("after", afterRevision);
        }
        return find(q + " order by revision", params).page(0, rows).list();
    }
}

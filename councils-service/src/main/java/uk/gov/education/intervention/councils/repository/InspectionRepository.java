package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;
import uk.gov.education.intervention.councils.domain.InspectionStatus;
import uk.gov.education.intervention.councils.domain.OfstedInspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<OfstedInspection, UUID> {

    /** The latest published inspection of each council, published on or before {@code asOf}: one query for a whole page. */
    public Map<Long, OfstedInspection> latestPublished(Collection<Long> councilIds, LocalDate asOf) {
        Map<Long, OfstedInspection> latest = new HashMap<>();
        if (councilIds.isEmpty()) {
            return latest;
        }
        List<OfstedInspection> rows = find("council.id in :ids and status = :status and publishedOn <= :asOf "
                        + "order by publishedOn desc, createdAt desc",
                Parameters.with("ids", councilIds).and("status", InspectionStatus.PUBLISHED).and("asOf", asOf)).list();
        for (OfstedInspection i : rows) {
            latest.putIfAbsent(i.council.id, i);
        }
        return latest;
    }

    /**
     * As the page query, for one council: a single row, and a query text with no list parameter, so that
     * Hibernate reuses its translation instead of interpreting it again at every call (it does for an
     * {@code in} list). Served by the index ofsted_inspection_latest_published.
     */
    public Optional<OfstedInspection> latestPublished(Long councilId, LocalDate asOf) {
        return find("council.id = :id and status = :status and publishedOn <= :asOf order by publishedOn desc, createdAt desc",
                Parameters.with("id", councilId).and("status", InspectionStatus.PUBLISHED).and("asOf", asOf))
                .firstResultOptional();
    }

    /** Locked until the transaction ends, so that changes sent with the same ETag are checked one after another. */
    public Optional<OfstedInspection> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A council's inspections, newest publication first, after the one published on {@code afterPublished} with {@code afterId}. */
    /** The sort key of the last inspection a caller saw: its publication date and id. */
    public record After(LocalDate publishedOn, UUID id) {
    }

    public List<OfstedInspection> listForCouncil(Long councilId, After after, int fetchSize) {
        String where = "council.id = :council";
        Map<String, Object> params = new HashMap<>(Map.of("council", councilId));
        if (after != null) {
            where += " and (publishedOn < :pub or (publishedOn = :pub and id > :id))";
            params.put("pub", after.publishedOn());
            params.put("id", after.id());
        }
        return find(where + " order by publishedOn desc, id", params).page(0, fetchSize).list();
    }

    /** Loads the council and judgements, so that the inspection can be read once its transaction has ended. */
    public OfstedInspection loaded(OfstedInspection i) {
        Hibernate.initialize(i.council);
        Hibernate.initialize(i.judgements);
        return i;
    }
}

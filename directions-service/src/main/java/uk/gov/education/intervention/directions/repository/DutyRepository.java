package uk.gov.education.intervention.directions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.domain.DutyKey;
import uk.gov.education.intervention.platform.rest.Filters;

import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class DutyRepository implements PanacheRepositoryBase<Duty, Long> {

    /**
     * Up to {@code limit} duties of directions in {@code statuses} (of one council, unless null), after
     * {@code after} (null: from the first), with their directions, in order of the direction's date and
     * reference, then as the direction lists them.
     */
    public List<Duty> list(String council, Set<DirectionStatus> statuses, DutyKey after, int limit) {
        Filters f = new Filters()
                .and("d.status in :statuses", "statuses", statuses)
                .and("d.councilGssCode = :council", "council", council);
        if (after != null) {
            f.and("(d.date > :afterDate or (d.date = :afterDate and (d.reference > :afterReference "
                            + "or (d.reference = :afterReference and u.position > :afterPosition))))",
                    Map.of("afterDate", after.date(), "afterReference", after.reference(), "afterPosition", after.position()));
        }
        return find("from Duty u join fetch u.direction d where " + f.where() + " order by d.date, d.reference, u.position",
                f.params()).page(0, limit).list();
    }

    /**
     * What the duties of directions in {@code statuses} (of one council, unless null) are as of now, in one row read
     * without loading them: how many such directions there are, the sum of their optimistic-lock versions and the
     * latest change (every committed change to a direction raises its version, so the sum only grows, whatever order
     * writers commit in), and the last schema migration applied (a data migration changes duties without a version).
     */
    public String feedState(String council, Set<DirectionStatus> statuses) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                        "SELECT count(*), coalesce(sum(d.version), 0), max(d.updated_at), "
                                + "(SELECT max(installed_rank) FROM flyway_schema_history) "
                                + "FROM direction d WHERE d.status IN (:statuses) AND (CAST(:council AS varchar) IS NULL OR d.council_gss_code = :council)")
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("council", council)
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2] + "/" + row[3];
    }
}

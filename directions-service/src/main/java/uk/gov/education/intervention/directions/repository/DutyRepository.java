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
}

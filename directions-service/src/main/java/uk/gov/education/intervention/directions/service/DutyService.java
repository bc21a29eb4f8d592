package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.repository.DutyRepository;
import uk.gov.education.intervention.directions.rest.DutyView;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every duty of every issued or revoked direction, flattened with its direction's facts, so that
 * reporting-service builds all schedules from one call. Drafts impose nothing and never appear.
 */
@ApplicationScoped
public class DutyService {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 1000;

    @Inject
    DutyRepository duties;

    public static PageRequest page(Integer limit, String cursor) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw Problems.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(l, cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** Duties in order of their direction's date and reference, then as the direction lists them. */
    public Page<DutyView> list(String council, Set<DirectionStatus> statuses, PageRequest page) {
        if (statuses.contains(DirectionStatus.DRAFT)) {
            throw Problems.invalidField("status", "drafts impose no duties: use ISSUED, REVOKED or both");
        }
        Filters f = new Filters()
                .and("d.status in :statuses", "statuses", statuses)
                .and("d.councilGssCode = :council", "council", council);
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(3);
            try {
                f.and("(d.date > :afterDate or (d.date = :afterDate and (d.reference > :afterReference "
                                + "or (d.reference = :afterReference and u.position > :afterPosition))))",
                        Map.of("afterDate", LocalDate.parse(key.get(0)), "afterReference", key.get(1),
                                "afterPosition", Integer.parseInt(key.get(2))));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        List<Duty> rows = duties.find("from Duty u join fetch u.direction d where " + f.where()
                        + " order by d.date, d.reference, u.position", f.params())
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, u -> List.of(u.direction.date, u.direction.reference, u.position),
                u -> DirectionViews.duty(u.direction, u));
    }
}

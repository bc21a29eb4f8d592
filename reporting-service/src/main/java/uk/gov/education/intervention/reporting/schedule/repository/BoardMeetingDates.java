package uk.gov.education.intervention.reporting.schedule.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The days Improvement Boards met (meetings held, not cancelled), as the schedules need them: only
 * the council and the day, read as plain values. Loading whole meeting entities for this (every
 * meeting of every council with a direction, on every schedule read) was most of a schedule's cost.
 */
@ApplicationScoped
public class BoardMeetingDates {

    @Inject
    EntityManager em;

    /** By council, the days its board met, in date order; councils with none are absent. */
    @SuppressWarnings("unchecked")
    public Map<String, List<LocalDate>> held(List<String> councils) {
        Map<String, List<LocalDate>> out = new HashMap<>();
        if (councils.isEmpty()) {
            return out;
        }
        // one array parameter, so the statement is the same whatever the number of councils
        List<Object[]> rows = em.createNativeQuery("SELECT council_gss, meets_on FROM board_meeting "
                        + "WHERE status = 'HELD' AND council_gss = ANY(?1) ORDER BY meets_on")
                .setParameter(1, councils.toArray(String[]::new))
                .unwrap(NativeQuery.class)
                .addScalar("council_gss", StandardBasicTypes.STRING)
                .addScalar("meets_on", StandardBasicTypes.LOCAL_DATE)
                .getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]);
        }
        return out;
    }
}

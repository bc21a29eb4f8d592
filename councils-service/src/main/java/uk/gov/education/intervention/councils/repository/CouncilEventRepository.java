package uk.gov.education.intervention.councils.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.CouncilEvent;
import uk.gov.education.intervention.councils.domain.CouncilEventKind;
import uk.gov.education.intervention.councils.domain.EventPosition;
import uk.gov.education.intervention.councils.domain.InspectionStatus;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.domain.Partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A council's events of one kind, in (day, id) order, between two days and after a position: one bounded query
 * per kind, whatever the length of the council's history.
 */
@ApplicationScoped
public class CouncilEventRepository {

    /** The days (inclusive) and position (exclusive, or null) of a read, and at most how many events of a kind. */
    public record Window(long councilId, LocalDate from, LocalDate to, EventPosition after, int max) {
    }

    private static final String APPOINTMENT = "select a from Appointment a join fetch a.role left join fetch a.person "
            + "left join fetch a.organisation where a.council.id = :council";

    @Inject
    EntityManager em;

    public List<CouncilEvent> read(CouncilEventKind kind, Window w) {
        return switch (kind) {
            case INSPECTION_PUBLISHED -> query(OfstedInspection.class, "select i from OfstedInspection i where i.council.id = :council "
                    + "and i.status = :published", "i.publishedOn", "i.id", kind, w, Map.of("published", InspectionStatus.PUBLISHED))
                    .stream().map(CouncilEvent::published).toList();
            case APPOINTMENT_MADE -> query(Appointment.class, APPOINTMENT + " and a.previous is null", "a.countsFrom", "a.id", kind, w,
                    Map.of()).stream().map(CouncilEvent::made).toList();
            case APPOINTMENT_EXTENDED -> query(Appointment.class, APPOINTMENT + " and a.previous is not null", "a.countsFrom", "a.id",
                    kind, w, Map.of()).stream().map(CouncilEvent::extended).toList();
            // an appointment another continues did not end: its successor carries the role on
            case APPOINTMENT_ENDED -> query(Appointment.class, APPOINTMENT + " and a.endsOn is not null and not exists "
                    + "(select n.id from Appointment n where n.previous = a)", "a.endsOn", "a.id", kind, w, Map.of())
                    .stream().map(CouncilEvent::ended).toList();
            case PARTNERSHIP_AGREED -> query(Partnership.class, "select p from Partnership p left join fetch p.partner "
                    + "where p.council.id = :council and p.termsAgreedOn is not null", "p.termsAgreedOn", "p.id", kind, w, Map.of())
                    .stream().map(CouncilEvent::agreed).toList();
        };
    }

    private <T> List<T> query(Class<T> type, String select, String day, String id, CouncilEventKind kind, Window w,
                              Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("council", w.councilId());
        params.put("from", w.from());
        params.put("to", w.to());
        String where = select + " and " + day + " between :from and :to" + after(day, id, kind, w.after(), params);
        TypedQuery<T> q = em.createQuery(where + " order by " + day + ", " + id, type).setMaxResults(w.max());
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    private static String after(String day, String id, CouncilEventKind kind, EventPosition p, Map<String, Object> params) {
        if (p == null) {
            return "";
        }
        params.put("afterOn", p.on());
        return switch (p.within(kind)) {
            case ALL_AFTER -> " and " + day + " >= :afterOn";
            case NONE_AFTER -> " and " + day + " > :afterOn";
            case AFTER_ID -> {
                params.put("afterId", UUID.fromString(p.id()));
                yield " and (" + day + " > :afterOn or (" + day + " = :afterOn and " + id + " > :afterId))";
            }
        };
    }
}

package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.DirectionEvent;
import uk.gov.education.intervention.directions.repository.DirectionRepository;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A council's directions issued and revoked, oldest first: at most {@code fetchSize} of each kind are read for a
 * page, so its cost does not grow with the council's history. A council with no directions has no events (this
 * service does not own councils, so it does not say whether the council exists).
 */
@ApplicationScoped
public class DirectionEventService {

    /** Which events: days from and to (inclusive), kinds (all when empty), and the position to read after (null: the first). */
    public record Query(String council, LocalDate from, LocalDate to, Set<DirectionEvent.Kind> kinds, Position after, int fetchSize) {
    }

    /** A place in the suite's order of a council's events: a day, a kind name (of any service), an id. */
    public record Position(LocalDate on, String kind, String id) {
    }

    private static final Comparator<DirectionEvent> ORDER = Comparator.comparing(DirectionEvent::on).thenComparing(e -> e.kind().name());

    @Inject
    DirectionRepository directions;

    public List<DirectionEvent> events(Query q) {
        if (q.from().isAfter(q.to())) {
            throw new InvalidInput("from", "must not be after `to`");
        }
        Position p = q.after();
        List<DirectionEvent> out = new ArrayList<>();
        for (DirectionEvent.Kind kind : q.kinds().isEmpty() ? List.of(DirectionEvent.Kind.values()) : List.copyOf(q.kinds())) {
            directions.events(q.council(), kind, q.from(), q.to(), p == null ? null : p.on(), p == null ? null : p.kind(),
                            p == null ? null : p.id(), q.fetchSize())
                    .forEach(d -> out.add(kind == DirectionEvent.Kind.DIRECTION_ISSUED ? DirectionEvent.issued(d) : DirectionEvent.revoked(d)));
        }
        // each kind's list is in (day, reference) order and kinds never tie: a stable sort on (day, kind) merges them
        out.sort(ORDER);
        return out.size() > q.fetchSize() ? out.subList(0, q.fetchSize()) : out;
    }
}

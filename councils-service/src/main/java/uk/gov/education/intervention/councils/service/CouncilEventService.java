package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.CouncilEvent;
import uk.gov.education.intervention.councils.domain.CouncilEventKind;
import uk.gov.education.intervention.councils.domain.EventPosition;
import uk.gov.education.intervention.councils.repository.CouncilEventRepository;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What happened to a council, oldest first: inspections published, appointments made, continued and ended,
 * partnership terms agreed. A page reads at most {@code fetchSize} events of each kind asked for, so its cost does
 * not grow with the council's history.
 */
@ApplicationScoped
public class CouncilEventService {

    /** Which events: days from and to (inclusive) and the kinds (all when empty). */
    public record Query(String councilGss, LocalDate from, LocalDate to, Set<CouncilEventKind> kinds) {
    }

    private static final Comparator<CouncilEvent> ORDER = Comparator.comparing(CouncilEvent::on)
            .thenComparing(e -> e.kind().name());

    @Inject
    CouncilService councils;

    @Inject
    CouncilEventRepository events;

    @Transactional
    public List<CouncilEvent> events(Query q, Slice slice) {
        Council council = councils.require(q.councilGss());
        if (q.from().isAfter(q.to())) {
            throw new InvalidInput("from", "must not be after `to`");
        }
        EventPosition after = slice.after(CouncilEventService::position);
        CouncilEventRepository.Window w = new CouncilEventRepository.Window(council.id, q.from(), q.to(), after, slice.fetchSize());
        List<CouncilEvent> out = new ArrayList<>();
        for (CouncilEventKind kind : q.kinds().isEmpty() ? CouncilEventKind.all() : List.copyOf(q.kinds())) {
            out.addAll(events.read(kind, w));
        }
        // each kind's list is in (day, id) order and kinds never tie, so a stable sort on (day, kind) merges them
        out.sort(ORDER);
        return out.size() > slice.fetchSize() ? out.subList(0, slice.fetchSize()) : out;
    }

    /** A position: a day, a kind name (of any service's events), an id; this service's own kinds need a UUID. */
    static EventPosition position(List<String> key) {
        String kind = key.get(1);
        if (!kind.matches("[A-Z][A-Z_]{0,59}") || key.get(2).length() > 200) {
            throw new IllegalArgumentException("not a position");
        }
        boolean own = CouncilEventKind.all().stream().anyMatch(k -> k.name().equals(kind));
        if (own) {
            UUID.fromString(key.get(2));
        }
        return new EventPosition(LocalDate.parse(key.get(0)), kind, key.get(2));
    }
}

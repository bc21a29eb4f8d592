package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionKey;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.repository.DirectionRepository;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.security.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads directions as the caller may see them: drafts are the Department's own, and other callers
 * are told they do not exist.
 */
@ApplicationScoped
public class DirectionService {

    @Inject
    DirectionRepository directions;

    @Inject
    Caller caller;

    /** Which directions a list shows. */
    public record Query(String council, Set<DirectionStatus> statuses, LocalDate inForceOn) {
    }

    /**
     * The part of a direction's change history the caller may read: all of it when {@code fromActions}
     * is empty, else from the first change with one of those actions on.
     */
    public record HistoryScope(String entityType, String entityId, List<String> fromActions) {
        public boolean whole() {
            return fromActions.isEmpty();
        }
    }

    /** The direction, or NotFound when it does not exist or is a draft the caller may not see. */
    public Direction require(String reference) {
        return directions.findByReference(reference)
                .filter(this::visible)
                .orElseThrow(() -> new NotFound("Direction", reference));
    }

    /** As {@link #require}, and locks it for the rest of the transaction. */
    Direction lock(String reference) {
        return directions.lockByReference(reference)
                .filter(this::visible)
                .orElseThrow(() -> new NotFound("Direction", reference));
    }

    private boolean visible(Direction d) {
        return d.status != DirectionStatus.DRAFT || caller.isDfe();
    }

    /**
     * A direction's change history. Its draft (what it said and who wrote it) is the Department's
     * own, before and after issue: other roles see it from its issue (or its recording as a seed) on.
     */
    public HistoryScope history(String reference) {
        require(reference);
        return new HistoryScope(DirectionAudit.TYPE, reference, caller.isDfe() ? List.of() : List.of("issued", "seeded"));
    }

    /** Up to {@code limit} directions after {@code after}, in date order (then by reference); drafts only for Department roles. */
    public List<Direction> list(Query q, DirectionKey after, int limit) {
        return directions.list(q.council(), q.statuses(), caller.isDfe() ? null : DirectionStatus.DRAFT, q.inForceOn(), after, limit);
    }
}

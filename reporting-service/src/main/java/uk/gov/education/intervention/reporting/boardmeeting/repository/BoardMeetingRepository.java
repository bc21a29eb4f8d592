package uk.gov.education.intervention.reporting.boardmeeting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.persistence.RecordsById;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BoardMeetingRepository implements RecordsById<BoardMeeting> {

    @Override
    public String noun() {
        return "Board meeting";
    }

    /** Meetings held (not cancelled) by these councils' Improvement Boards. */
    public List<BoardMeeting> held(List<String> councils) {
        return list("status = ?1 and councilGss in ?2 order by meetsOn", BoardMeeting.Status.HELD, councils);
    }

    /** Whether a meeting of the council's board on the day is recorded and not cancelled. */
    public boolean isHeld(String council, LocalDate day) {
        return count("councilGss = ?1 and meetsOn = ?2 and status = ?3", council, day, BoardMeeting.Status.HELD) > 0;
    }

    /**
     * The meeting a council's board holds on a day, locked against its cancellation until this
     * transaction ends; empty when there is none (or it was cancelled meanwhile).
     */
    public Optional<BoardMeeting> heldAndKept(String council, LocalDate day) {
        return find("councilGss = ?1 and meetsOn = ?2 and status = ?3", council, day, BoardMeeting.Status.HELD)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    /**
     * Up to {@code rows} meetings in date order after the cursor's (day, id), of one council (when
     * given) or of those in {@code among} (null: every council).
     */
    public List<BoardMeeting> page(String council, Collection<String> among, LocalDate from, LocalDate to,
                                   KeysetCursor<LocalDate, UUID> after, int rows) {
        Filters f = new Filters()
                .and("meetsOn >= :from", "from", from)
                .and("meetsOn <= :to", "to", to)
                .and("councilGss = :council", "council", council);
        if (among != null) {
            f.and("councilGss in :own", Map.of("own", among));
        }
        if (after != null) {
            f.and("(meetsOn > :kd or (meetsOn = :kd and id > :kid))", Map.of("kd", after.first(), "kid", after.second()));
        }
        return find(f.where() + " order by meetsOn, id", f.params()).page(0, rows).list();
    }
}

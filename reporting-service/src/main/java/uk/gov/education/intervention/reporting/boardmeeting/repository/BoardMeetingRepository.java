package uk.gov.education.intervention.reporting.boardmeeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BoardMeetingRepository implements PanacheRepositoryBase<BoardMeeting, UUID> {

    /** Meetings held (not cancelled) by these councils' Improvement Boards. */
    public List<BoardMeeting> held(List<String> councils) {
        return list("status = ?1 and councilGss in ?2 order by meetsOn", BoardMeeting.Status.HELD, councils);
    }

    /**
     * The meeting a council's board holds on a day, locked against its cancellation until this
     * transaction ends; empty when there is none (or it was cancelled meanwhile).
     */
    public Optional<BoardMeeting> heldAndKept(String council, LocalDate day) {
        return find("councilGss = ?1 and meetsOn = ?2 and status = ?3", council, day, BoardMeeting.Status.HELD)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }
}

package uk.gov.education.intervention.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.domain.BoardMeeting;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BoardMeetingRepository implements PanacheRepositoryBase<BoardMeeting, UUID> {

    /** Meetings held (not cancelled) by these councils' Improvement Boards. */
    public List<BoardMeeting> held(List<String> councils) {
        return list("status = ?1 and councilGss in ?2 order by meetsOn", BoardMeeting.Status.HELD, councils);
    }
}

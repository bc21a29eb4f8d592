package uk.gov.education.intervention.reporting.boardmeeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;
import uk.gov.education.intervention.reporting.boardmeeting.repository.BoardMeetingRepository;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.submission.service.DueItemSubmissions;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Improvement Board meetings: recorded by dfe-admin or the council's Commissioner (appointed on the
 * day), cancelled (never deleted) when wrong; read by those who read the council's reports whole.
 */
@ApplicationScoped
public class BoardMeetingService {

    public static final String AUDIT_TYPE = "board-meeting";

    /** A meeting to record. */
    public record Record(String councilGssCode, LocalDate meetsOn, String notes) {
    }

    /** Which meetings a list covers; every filter is optional. */
    public record Query(String council, LocalDate from, LocalDate to) {
    }

    @Inject
    BoardMeetingRepository meetings;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DutyFeed feed;

    @Inject
    DueItemSubmissions submissions;

    public BoardMeeting get(UUID id) {
        BoardMeeting m = meetings.require(id);
        access.requireWholeReport(m.councilGss);
        return m;
    }

    /**
     * The meeting a council's board holds on a day, locked against its cancellation until the
     * caller's transaction ends; empty when there is none.
     */
    public Optional<BoardMeeting> heldAndKept(String council, LocalDate day) {
        return meetings.heldAndKept(council, day);
    }

    /** Meetings held (not cancelled) by these councils' Improvement Boards, in date order. */
    public List<BoardMeeting> held(List<String> councils) {
        return meetings.held(councils);
    }

    @Transactional
    public BoardMeeting record(Record r) {
        access.requireOversight(r.councilGssCode());
        if (meetings.isHeld(r.councilGssCode(), r.meetsOn())) {
            throw new Conflict("board-meeting-exists", "A meeting of council " + r.councilGssCode()
                    + "'s Improvement Board on " + r.meetsOn() + " is already recorded.");
        }
        BoardMeeting m = BoardMeeting.held(UUID.randomUUID(), r.councilGssCode(), r.meetsOn(), r.notes(),
                access.caller().subject(), OffsetDateTime.now(clock));
        meetings.persistAndFlush(m);
        audit.record(AUDIT_TYPE, m.id.toString(), "recorded", null, m.snapshot());
        return m;
    }

    @Transactional
    public BoardMeeting cancel(UUID id, ExpectedVersion expected, String reason) {
        // locked until this transaction ends: a submission answering the meeting waits, then finds it cancelled
        BoardMeeting m = meetings.requireForUpdate(id);
        access.requireOversight(m.councilGss);
        expected.check(m.version);
        m.requireHeld();
        requireNoReports(m);
        BoardMeeting.Snapshot before = m.snapshot();
        m.cancel(reason);
        meetings.flush();
        audit.record(AUDIT_TYPE, m.id.toString(), "cancelled", before, m.snapshot());
        return m;
    }

    /** A meeting that reports have answered stays: cancelling it would leave them answering nothing. */
    private void requireNoReports(BoardMeeting m) {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw new DependencyUnavailable("directions-service", duties.problem()
                    + ", so whether reports answer this meeting cannot be checked. Nothing was changed; try again shortly.");
        }
        List<String> items = duties.duties().stream()
                .filter(d -> m.councilGss.equals(d.councilGssCode()) && d.cadence() != null
                        && d.cadence().type() == CadenceType.PER_BOARD_MEETING && d.code() != null)
                .map(d -> DueItemId.of(d, m.meetsOn).toString())
                .toList();
        List<String> answered = items.stream().filter(i -> submissions.forDueItem(i).isPresent()).toList();
        if (!answered.isEmpty()) {
            throw new Conflict("board-meeting-has-reports", "Reports answer this meeting (" + String.join(", ", answered)
                    + "), so it cannot be cancelled: they would answer nothing. If the meeting was recorded on the wrong day, "
                    + "tell the Department, which can move the reports with it.");
        }
    }

    /**
     * Up to {@code rows} meetings in date order after the cursor key (day, id), for one council or
     * every council the caller reads whole.
     */
    public List<BoardMeeting> list(Query q, List<String> after, int rows) {
        Set<String> among = null;
        if (q.council() != null) {
            access.requireWholeReport(q.council());
        } else if (!access.isDfe()) {
            among = access.wholeReportCouncils();
            if (among.isEmpty()) {
                return List.of();
            }
        }
        KeysetCursor<LocalDate, UUID> cursor = KeysetCursor.read(after, LocalDate::parse, UUID::fromString);
        return meetings.page(q.council(), among, q.from(), q.to(), cursor, rows);
    }
}

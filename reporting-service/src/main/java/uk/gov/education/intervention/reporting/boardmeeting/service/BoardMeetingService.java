package uk.gov.education.intervention.reporting.boardmeeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.boardmeeting.repository.BoardMeetingRepository;
import uk.gov.education.intervention.reporting.repository.SubmissionRepository;
import uk.gov.education.intervention.reporting.boardmeeting.rest.BoardMeetingRequest;
import uk.gov.education.intervention.reporting.boardmeeting.rest.BoardMeetingView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.service.AccessPolicy;

/**
 * Improvement Board meetings: recorded by dfe-admin or the council's Commissioner (appointed on the
 * day), cancelled (never deleted) when wrong; read by those who read the council's reports whole.
 */
@ApplicationScoped
public class BoardMeetingService {

    public static final String AUDIT_TYPE = "board-meeting";

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
    SubmissionRepository submissions;

    public BoardMeeting require(UUID id) {
        BoardMeeting m = meetings.findById(id);
        if (m == null) {
            throw Problems.notFound("Board meeting", id.toString());
        }
        return m;
    }

    public Versioned<BoardMeetingView> get(UUID id) {
        BoardMeeting m = require(id);
        access.requireWholeReport(m.councilGss);
        return new Versioned<>(view(m), m.version);
    }

    @Transactional
    public Versioned<BoardMeetingView> record(BoardMeetingRequest r) {
        access.requireOversight(r.councilGssCode());
        if (meetings.count("councilGss = ?1 and meetsOn = ?2 and status = ?3", r.councilGssCode(), r.meetsOn(),
                BoardMeeting.Status.HELD) > 0) {
            throw Problems.conflict("board-meeting-exists", "A meeting of council " + r.councilGssCode()
                    + "'s Improvement Board on " + r.meetsOn() + " is already recorded.");
        }
        BoardMeeting m = new BoardMeeting();
        m.id = UUID.randomUUID();
        m.councilGss = r.councilGssCode();
        m.meetsOn = r.meetsOn();
        m.status = BoardMeeting.Status.HELD;
        m.notes = r.notes() == null || r.notes().isBlank() ? null : r.notes().strip();
        m.recordedBy = access.caller().subject();
        m.recordedAt = OffsetDateTime.now(clock);
        meetings.persistAndFlush(m);
        BoardMeetingView after = view(m);
        audit.record(AUDIT_TYPE, m.id.toString(), "recorded", null, after);
        return new Versioned<>(after, m.version);
    }

    @Transactional
    public Versioned<BoardMeetingView> cancel(UUID id, String ifMatch, String reason) {
        // locked until this transaction ends: a submission answering the meeting waits, then finds it cancelled
        BoardMeeting m = meetings.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw Problems.notFound("Board meeting", id.toString());
        }
        access.requireOversight(m.councilGss);
        ETags.requireMatch(ifMatch, m.version);
        if (m.status == BoardMeeting.Status.CANCELLED) {
            throw Problems.conflict("board-meeting-cancelled", "Board meeting " + id + " is already cancelled.");
        }
        requireNoReports(m);
        BoardMeetingView before = view(m);
        m.status = BoardMeeting.Status.CANCELLED;
        m.cancelReason = reason.strip();
        meetings.flush();
        BoardMeetingView after = view(m);
        audit.record(AUDIT_TYPE, m.id.toString(), "cancelled", before, after);
        return new Versioned<>(after, m.version);
    }

    /** A meeting that reports have answered stays: cancelling it would leave them answering nothing. */
    private void requireNoReports(BoardMeeting m) {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw Problems.dependencyUnavailable("directions-service", duties.problem()
                    + ", so whether reports answer this meeting cannot be checked. Nothing was changed; try again shortly.");
        }
        List<String> items = duties.duties().stream()
                .filter(d -> m.councilGss.equals(d.councilGssCode()) && d.cadence() != null
                        && d.cadence().type() == CadenceType.PER_BOARD_MEETING && d.code() != null)
                .map(d -> DueItemId.of(d, m.meetsOn).toString())
                .toList();
        List<String> answered = items.stream().filter(i -> submissions.forDueItem(i).isPresent()).toList();
        if (!answered.isEmpty()) {
            throw Problems.conflict("board-meeting-has-reports", "Reports answer this meeting (" + String.join(", ", answered)
                    + "), so it cannot be cancelled: they would answer nothing. If the meeting was recorded on the wrong day, "
                    + "tell the Department, which can move the reports with it.");
        }
    }

    public Page<BoardMeetingView> list(String council, LocalDate from, LocalDate to, PageRequest page) {
        Filters f = new Filters()
                .and("meetsOn >= :from", "from", from)
                .and("meetsOn <= :to", "to", to);
        if (council != null) {
            access.requireWholeReport(council);
            f.and("councilGss = :council", "council", council);
        } else if (!access.isDfe()) {
            Set<String> own = access.wholeReportCouncils();
            if (own.isEmpty()) {
                return new Page<>(List.of(), null, page.limit());
            }
            f.and("councilGss in :own", Map.of("own", own));
        }
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            try {
                f.and("(meetsOn > :kd or (meetsOn = :kd and id > :kid))",
                        Map.of("kd", LocalDate.parse(key.get(0)), "kid", UUID.fromString(key.get(1))));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        List<BoardMeeting> rows = meetings.find(f.where() + " order by meetsOn, id", f.params()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, m -> List.of(m.meetsOn, m.id), BoardMeetingService::view);
    }

    static BoardMeetingView view(BoardMeeting m) {
        return new BoardMeetingView(m.id, m.councilGss, m.meetsOn, m.status.name(), m.notes, m.cancelReason, m.recordedBy, m.recordedAt);
    }
}

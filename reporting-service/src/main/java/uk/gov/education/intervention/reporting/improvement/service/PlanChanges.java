package uk.gov.education.intervention.reporting.improvement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.reporting.access.service.PlanAccess;
import uk.gov.education.intervention.reporting.boardmeeting.service.BoardMeetingService;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChangeEntry;
import uk.gov.education.intervention.reporting.improvement.repository.PlanChangeRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What changed in a council's plan over a time: between two days, or between two meetings of its
 * Improvement Board (the changes recorded after the first meeting's day, up to the end of the second's).
 */
@ApplicationScoped
public class PlanChanges {

    /** The most changes {@link #changesBetween} answers at once. */
    public static final int MAX_LIMIT = 1000;

    /** The changes recorded from {@code from} (inclusive) to {@code to} (exclusive); null: unbounded. */
    public record Window(OffsetDateTime from, OffsetDateTime to, boolean names) {
    }

    @Inject
    PlanChangeRepository changes;

    @Inject
    ImprovementPlanService plans;

    @Inject
    BoardMeetingService meetings;

    @Inject
    PlanLedger ledger;

    @Inject
    PlanAccess access;

    /**
     * The window a request names, for a reader of the council's plan: days {@code from} to {@code to} (inclusive),
     * or from the end of one board meeting's day to the end of another's; not both.
     */
    public Window window(String gss, LocalDate from, LocalDate to, UUID fromMeeting, UUID toMeeting) {
        access.requireReader(gss);
        ledger.require(gss);
        if ((fromMeeting != null || toMeeting != null) && (from != null || to != null)) {
            throw new InvalidInput("fromMeeting", "names the window instead of from and to: give one or the other");
        }
        LocalDate start = from;
        LocalDate end = to;
        if (fromMeeting != null || toMeeting != null) {
            if (fromMeeting == null || toMeeting == null) {
                throw new InvalidInput(fromMeeting == null ? "fromMeeting" : "toMeeting", "is required with the other: changes "
                        + "between two meetings of the council's Improvement Board");
            }
            // the first meeting's day is reported to it: its changes are before the window
            start = meetingDay(gss, fromMeeting).plusDays(1);
            end = meetingDay(gss, toMeeting);
            if (end.isBefore(start.minusDays(1))) {
                throw new InvalidInput("toMeeting", "must meet after fromMeeting");
            }
        } else if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from");
        }
        return new Window(start == null ? null : plans.endOf(start.minusDays(1)), end == null ? null : plans.endOf(end),
                access.seesNames(gss));
    }

    /** A page of the changes in the window, in revision order, after revision {@code after} (null: the first). */
    public List<PlanChangeEntry> page(String gss, Window w, Integer after, int rows) {
        return changes.between(gss, w.from(), w.to(), after, rows).stream().map(PlanChangeEntry::of).toList();
    }

    /**
     * Up to {@code limit} (at most {@value #MAX_LIMIT}) changes to a council's plan recorded from {@code from}
     * (inclusive) to {@code to} (exclusive), in time order; none when the council has no plan. It checks no access:
     * the feature that shows them decides who may read them (a council's plan is read by those with standing for it).
     */
    public List<PlanChangeEntry> changesBetween(String council, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
        return changes.between(council, from == null ? null : from.atOffset(ZoneOffset.UTC), to == null ? null : to.atOffset(ZoneOffset.UTC),
                null, limit).stream().map(PlanChangeEntry::of).toList();
    }

    private LocalDate meetingDay(String gss, UUID id) {
        return meetings.held(List.of(gss)).stream().filter(m -> m.id.equals(id)).map(m -> m.meetsOn).findFirst()
                .orElseThrow(() -> new NotFound("Board meeting of council " + gss, id));
    }
}

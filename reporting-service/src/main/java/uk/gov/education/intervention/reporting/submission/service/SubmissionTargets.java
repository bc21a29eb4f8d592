package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.boardmeeting.service.BoardMeetingService;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;

import java.util.List;
import java.util.Optional;

/** What a report answers: a due item of a duty, a duty without a fixed schedule, or nothing (ad hoc). */
@ApplicationScoped
public class SubmissionTargets {

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    BoardMeetingService boardMeetings;

    /** The due item a push names, if it is owed: 404 when there is none, 422 when its direction was revoked first. */
    public ScheduleService.DueItem dueItem(DueItemId id, String named) {
        ScheduleService.DueItem item = schedule.find(id, availableDuties())
                .orElseThrow(() -> new NotFound("Due item", named));
        if (item.due().withdrawn()) {
            throw new RuleViolation("due-item-withdrawn", "The due item was withdrawn",
                    "Direction " + item.duty().directionReference() + " was revoked on " + item.duty().inForceUntil()
                            + ", before " + named + " fell due; nothing is owed for it.");
        }
        return item;
    }

    /** Inside the push's transaction: a meeting's due item is owed only while the meeting stands (404 once cancelled). */
    public void requireStillOwed(ScheduleService.DueItem item, DueItemId id, String named) {
        if (item.duty().cadence() != null && item.duty().cadence().type() == CadenceType.PER_BOARD_MEETING
                && boardMeetings.heldAndKept(id.councilGssCode(), id.dueOn()).isEmpty()) {
            throw new NotFound("Due item", named);
        }
    }

    /** The duty an ad-hoc report names, which must be one of its council's. */
    public Duty adHocDuty(String dutyId, String council) {
        Duty duty = availableDuties().stream().filter(d -> dutyId.equals(d.id())).findFirst()
                .orElseThrow(() -> new InvalidInput("dutyId", "'" + dutyId + "' is not a duty of any issued or revoked direction"));
        if (!council.equals(duty.councilGssCode())) {
            throw new InvalidInput("dutyId", "is a duty of council " + duty.councilGssCode() + ", not " + council);
        }
        return duty;
    }

    /** The duty an existing report answers, if it is still known. */
    public Optional<Duty> duty(String dutyId) {
        return dutyId == null ? Optional.empty() : availableDuties().stream().filter(d -> dutyId.equals(d.id())).findFirst();
    }

    private List<Duty> availableDuties() {
        DutyFeed.Result result = feed.current();
        if (!result.available()) {
            throw new DependencyUnavailable("directions-service",
                    "The duties of the directions cannot be read now (directions-service is unavailable), so the due item "
                            + "cannot be checked. Try again shortly.");
        }
        return result.duties();
    }
}

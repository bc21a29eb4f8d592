package uk.gov.education.intervention.reporting.schedule.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.domain.EventFact;
import uk.gov.education.intervention.reporting.schedule.domain.ScheduledDue;
import uk.gov.education.intervention.reporting.schedule.service.DueItemService;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;

@Schema(name = "DueItem", description = "One concrete occurrence of a direction's reporting duty, and where it stands today.")
public record DueItemView(
        @Schema(description = "Stable identifier: the duty's id with '/' as '.', then the due date.",
                example = "E06000021-2019-10-31.performance-review.2020-01-31") String id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(example = "E06000021-2019-10-31") String directionReference,
        @Schema(example = "E06000021-2019-10-31/performance-review") String dutyId,
        @Schema(description = "The clause that imposes the duty.", example = "7.e.b") String clause,
        @Schema(description = "Every clause that imposes or refers to this one obligation, `clause` first: an obligation several "
                + "clauses cite falls due once.", example = "[\"7.e.b\", \"Annex.3.h\"]") List<String> citations,
        @Schema(example = "PERFORMANCE_REVIEW") String kind,
        @Schema(example = "Formal performance review at 3-monthly intervals from the date of the direction, led by the Commissioner")
        String title,
        @Schema(description = "To whom it is owed; NOT_STATED when the direction names no one.", example = "DEPARTMENT_FOR_EDUCATION")
        String recipient,
        @Schema(description = "Who owes it: councils-service role codes, or COUNCIL.",
                example = "[\"CHILDRENS_SERVICES_COMMISSIONER\", \"COUNCIL\"]") List<String> providers,
        @Schema(description = "The duty's cadence as directions-service states it: its type, anchor and rule in words.")
        CadenceView cadence,
        @Schema(example = "2019-11-01") LocalDate periodStart,
        @Schema(example = "2020-01-31") LocalDate periodEnd,
        @Schema(description = "The due date; for an item an event made due with no deadline stated, the day it fell due.",
                example = "2020-01-31") LocalDate dueOn,
        @Schema(description = "The last day a submission counts as on time: the due date plus the grace period; "
                + "null when the text states no deadline.", example = "2020-01-31", nullable = true) LocalDate deadline,
        @Schema(example = "SUBMITTED_ON_TIME") DueItemStatus status,
        @Schema(description = "ISSUED, or REVOKED for a direction no longer in force.", example = "ISSUED") String directionStatus,
        @Schema(description = "The submission answering it, if any (for a partner authority: only one it contributed to).",
                nullable = true) UUID submissionId,
        @Schema(description = "The day it must be done by; null when the text states no deadline (Medway Annex B.1's sign-off: "
                + "due from the Leadership Improvement Partner's appointment, no period stated).", example = "2020-01-31",
                nullable = true) LocalDate dueBy,
        @Schema(description = "For an item an event made due: the fact recorded, as councils-service records it.", nullable = true)
        Trigger trigger) {

    public static DueItemView of(DueItemService.Seen seen) {
        ScheduleService.DueItem i = seen.state().item();
        Duty d = i.duty();
        ScheduledDue due = i.due();
        boolean stated = due.deadlineStated();
        EventFact f = due.trigger();
        Trigger trigger = f == null ? null : new Trigger("APPOINTMENT", f.roleCode(), f.ref(), f.on(),
                stated ? "by " + due.dueOn() + " (" + d.cadence().within() + " from " + due.periodStart() + ")" : "no deadline stated");
        return new DueItemView(i.id().toString(), i.councilGss(), d.directionReference(), d.id(), d.clause(), d.citationsOrClause(),
                d.kind(), d.title(), d.recipient(), d.providersOrEmpty(), CadenceView.of(d.cadence()), due.periodStart(), due.periodEnd(),
                due.dueOn(), seen.deadline(), seen.state().status(), d.directionStatus(),
                seen.showSubmission() ? seen.state().submission().id() : null, stated ? due.dueOn() : null, trigger);
    }

    @Schema(name = "DueItemTrigger", description = "The recorded fact that made an item due.")
    public record Trigger(
            @Schema(example = "APPOINTMENT") String event,
            @Schema(example = "LEADERSHIP_IMPROVEMENT_PARTNER") String role,
            @Schema(description = "The appointment's id in councils-service.") String appointmentId,
            @Schema(description = "The appointment's first day.", example = "2020-03-02") LocalDate on,
            @Schema(description = "In words, when it must be done by.", example = "no deadline stated") String deadline) {
    }
}

package uk.gov.education.intervention.reporting.schedule.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.schedule.domain.Cadence;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;

import java.time.LocalDate;
import java.util.List;

/** A duty's cadence as the API shows it: directions-service's own description, passed on unchanged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Cadence", description = "How often the duty falls due.")
public record CadenceView(
        @Schema(example = "EVERY_N_MONTHS") CadenceType type,
        @Schema(description = "For EVERY_N_MONTHS: the interval in months.", example = "3", nullable = true) Integer months,
        @Schema(description = "For AT_MONTH_OFFSETS: months after the direction's date.", nullable = true) List<Integer> offsets,
        @Schema(description = "For ONCE: the deadline.", nullable = true) LocalDate dueOn,
        @Schema(description = "What the dates count from: CALENDAR_MONTH (MONTHLY), DIRECTION_DATE (AT_MONTH_OFFSETS, and "
                + "EVERY_N_MONTHS by default) or CALENDAR_QUARTER (EVERY_N_MONTHS with months 3: the last day of each calendar quarter).",
                example = "DIRECTION_DATE", nullable = true) String anchor,
        @Schema(description = "For EVERY_N_MONTHS: STATED when the direction's text states the anchor, CHOSEN when it states none.",
                example = "STATED", nullable = true) String anchorBasis,
        @Schema(description = "The schedule in words, as directions-service states it.",
                example = "every 3 months from 31 October 2019, on the same day of the month or the month's last day", nullable = true)
        String rule,
        @Schema(description = "For ON_EVENT: the fact whose recording makes it due.", nullable = true) Trigger trigger,
        @Schema(description = "For ON_EVENT: the period from the trigger the text gives to do it in (ISO-8601, e.g. P28D); "
                + "absent when the text states none.", nullable = true, example = "P28D") String within,
        @Schema(description = "For ON_REQUEST: who may ask (councils-service role codes).", nullable = true) List<String> requesters) {

    @Schema(name = "Trigger", description = "APPOINTMENT: councils-service records an appointment to `role` for the council.")
    public record Trigger(@Schema(example = "APPOINTMENT") String event,
                          @Schema(example = "LEADERSHIP_IMPROVEMENT_PARTNER") String role) {
    }

    public static CadenceView of(Cadence c) {
        if (c == null) {
            return null;
        }
        Trigger trigger = c.trigger() == null ? null : new Trigger(c.trigger().event(), c.trigger().role());
        return new CadenceView(c.type(), c.months(), c.offsets(), c.dueOn(), c.anchor(), c.anchorBasis(), c.rule(), trigger, c.within(),
                c.requesters());
    }
}

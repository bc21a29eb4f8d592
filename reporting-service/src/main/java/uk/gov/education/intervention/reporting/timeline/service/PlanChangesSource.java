package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChangeEntry;
import uk.gov.education.intervention.reporting.improvement.service.PlanChanges;
import uk.gov.education.intervention.reporting.timeline.domain.Position;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Changes to the council's improvement plan, on the day each was recorded: a local query that starts after the
 * position's revision, so a page reads at most {@code max} changes however long the plan's history.
 */
@ApplicationScoped
public class PlanChangesSource implements TimelineSource {

    static final String KIND = "PLAN_CHANGED";
    private static final int SHOWN = 120;

    @Inject
    PlanChanges changes;

    @Inject
    Clock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Read read(Window w) {
        ZoneId zone = clock.getZone();
        LocalDate first = w.firstDay();
        Integer afterRevision = null;
        Position after = w.after();
        if (after != null && after.on().equals(first)) {
            int order = after.kind().compareTo(KIND);
            if (order == 0) {
                afterRevision = Integer.valueOf(after.id());
            } else if (order > 0) {
                first = first.plusDays(1); // the position is past this kind's entries of that day
            }
        }
        if (first.isAfter(w.to())) {
            return Read.of(List.of());
        }
        PlanChanges.Window days = new PlanChanges.Window(first.atStartOfDay(zone).toOffsetDateTime(),
                w.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime(), false);
        List<TimelineEntry> entries = changes.page(w.council(), days, afterRevision, w.max()).stream()
                .map(c -> entry(c, zone)).toList();
        return Read.of(w.take(entries));
    }

    private static TimelineEntry entry(PlanChangeEntry c, ZoneId zone) {
        LocalDate on = c.recordedAt().atZoneSameInstant(zone).toLocalDate();
        // zero-padded, so that the timeline's order of ids (as text) is the order of revisions
        String id = String.format("%010d", c.revision());
        return new TimelineEntry(on, KIND, id, summary(c), "reporting-service",
                "/v1/councils/" + c.councilGss() + "/improvement-plan?asOf=" + on);
    }

    private static String summary(PlanChangeEntry c) {
        String fromReport = c.source() == null ? "" : " (from an accepted report)";
        return switch (c.kind()) {
            case ACTION_ADDED -> "Improvement plan: action added: " + shown(c.statement());
            case ACTION_REVISED -> "Improvement plan: action revised: " + shown(c.statement());
            case ACTION_STATUS -> "Improvement plan: action " + c.subjectId() + " is now " + c.status() + fromReport;
            case MEASURE_ADDED -> "Improvement plan: measure added: " + shown(c.name());
            case MEASURE_REVISED -> "Improvement plan: measure revised: " + shown(c.name());
            case MEASURE_VALUE -> "Improvement plan: measure " + c.subjectId() + " valued " + c.value().toPlainString()
                    + " for " + c.period() + fromReport;
        };
    }

    private static String shown(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "…";
    }
}

package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.EventTriggers;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Items falling due, from the council's schedule: the duties as the schedules have them (the duties feed, read
 * as the schedules read it: at most a conditional call, answered from the copy kept) and, for duties an appointment
 * triggers, one call to councils-service.
 */
@ApplicationScoped
public class DueItemsSource implements TimelineSource {

    static final String KIND = "ITEM_FALLING_DUE";

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Read read(Window w) {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            return Read.missing("items falling due (" + duties.problem() + ")");
        }
        List<String> problems = new ArrayList<>();
        if (!duties.live()) {
            problems.add(duties.problem());
        }
        Set<String> council = Set.of(w.council());
        List<Duty> ofCouncil = duties.duties(council);
        EventTriggers.Result facts = schedule.facts(ofCouncil, council);
        if (!facts.live()) {
            problems.add(facts.problem());
        }
        List<TimelineEntry> entries = schedule.items(ofCouncil, council, w.firstDay(), w.to(), facts).stream()
                .filter(i -> !i.due().withdrawn())
                .map(i -> new TimelineEntry(i.due().dueOn(), KIND, i.id().toString(), "Falls due: " + i.duty().title(),
                        "reporting-service", "/v1/due-items/" + i.id()))
                .toList();
        return new Read(w.take(entries), problems.isEmpty() ? null : "items falling due (" + String.join("; ", problems) + ")");
    }
}

package uk.gov.education.intervention.reporting.calendar.service;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Categories;
import biweekly.property.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.EventTriggers;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.service.CouncilFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An iCalendar (RFC 5545) feed of due items: one all-day event per item on its due date, with a
 * stable UID (the item's id), so calendar apps update events in place. Withdrawn items are marked
 * cancelled. Covers a year back and the schedule horizon ahead.
 */
@ApplicationScoped
public class CalendarService {

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    CouncilFacts councilFacts;

    @Inject
    Clock clock;

    /** A feed's text and whether a dependency was missing while making it. */
    public record Feed(String ics, boolean degraded, List<String> missing) {
    }

    /** @param councils the councils to cover; null for all */
    public Feed feed(Set<String> councils, String name) {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw new DependencyUnavailable("directions-service", duties.problem() + ". Try again shortly.");
        }
        LocalDate today = schedule.today();
        List<Duty> ofCouncils = duties.duties(councils);
        EventTriggers.Result facts = schedule.facts(ofCouncils, councils);
        List<ScheduleService.DueItem> items = schedule.items(ofCouncils, councils, today.minusYears(1), schedule.horizon(), facts);
        Set<String> involved = new TreeSet<>();
        items.forEach(i -> involved.add(i.councilGss()));
        CouncilFacts.Lookup lookup = councilFacts.lookup(involved);
        Map<String, RemoteCouncil> names = lookup.councils();

        ICalendar ical = new ICalendar();
        ical.setProductId("-//Department for Education//Intervention reporting-service//EN");
        ical.setName(name);
        ical.addExperimentalProperty("X-WR-CALNAME", name);
        ical.addExperimentalProperty("X-PUBLISHED-TTL", "PT6H");
        ical.setRefreshInterval(new biweekly.util.Duration.Builder().hours(6).build());
        Date stamp = Date.from(clock.instant());
        for (ScheduleService.DueItemStatusOn st : schedule.statuses(items)) {
            ical.addEvent(event(st, names.get(st.item().councilGss()), stamp));
        }
        List<String> missing = new java.util.ArrayList<>();
        if (!duties.live()) {
            missing.add(duties.problem());
        }
        if (!facts.live()) {
            missing.add(facts.problem());
        }
        if (!lookup.complete()) {
            missing.add(lookup.problem());
        }
        return new Feed(Biweekly.write(ical).go(), !missing.isEmpty(), missing);
    }

    /** One item as a whole-day event on its due date; a withdrawn item is a cancelled event. */
    private static VEvent event(ScheduleService.DueItemStatusOn st, RemoteCouncil c, Date stamp) {
        ScheduleService.DueItem i = st.item();
        String council = c == null || c.name() == null ? i.councilGss() : c.name();
        VEvent e = new VEvent();
        e.setUid(i.id() + "@reporting-service.intervention");
        e.setDateTimeStamp(stamp);
        e.setDateStart(day(i.due().dueOn()), false);
        e.setDateEnd(day(i.due().dueOn().plusDays(1)), false);
        e.setSummary(i.duty().title() + " due: " + council);
        e.setDescription("Council: " + council + " (" + i.councilGss() + ")\n"
                + "Direction: " + i.duty().directionReference() + ", " + clauses(i.duty().citationsOrClause()) + "\n"
                + "Owed by: " + String.join(", ", i.duty().providersOrEmpty()) + "\n"
                + "To: " + i.duty().recipient() + "\n"
                + (i.duty().cadence().rule() == null ? "" : "Falls due: " + i.duty().cadence().rule() + "\n")
                + (i.due().deadlineStated() ? "Period: " + i.due().periodStart() + " to " + i.due().periodEnd() + "\n"
                : "Due from: " + i.due().periodStart() + " (no deadline stated)\n")
                + "Status: " + st.status() + "\n"
                + "Due item: " + i.id());
        e.addCategories(new Categories(i.duty().kind()));
        e.setStatus(st.status() == DueItemStatus.WITHDRAWN ? Status.cancelled() : Status.confirmed());
        e.setTransparency(true);
        return e;
    }

    private static String clauses(List<String> citations) {
        return (citations.size() == 1 ? "clause " : "clauses ") + String.join(", ", citations);
    }

    private static Date day(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}

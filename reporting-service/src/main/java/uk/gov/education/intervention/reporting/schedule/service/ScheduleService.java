package uk.gov.education.intervention.reporting.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.domain.EventFact;
import uk.gov.education.intervention.reporting.schedule.domain.ScheduleRules;
import uk.gov.education.intervention.reporting.schedule.domain.ScheduledDue;
import uk.gov.education.intervention.reporting.schedule.repository.BoardMeetingDates;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.DueItemAnswer;
import uk.gov.education.intervention.reporting.submission.domain.DueItemReport;
import uk.gov.education.intervention.reporting.submission.service.DueItemSubmissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Due items, computed on read from the duties feed and the board meetings recorded here (so
 * they always reflect the current directions), with their status from the submissions received.
 * An item's identifier is made from its duty and due date, so it is stable.
 */
@ApplicationScoped
public class ScheduleService {

    /** One due item of a duty. */
    public record DueItem(DueItemId id, Duty duty, ScheduledDue due) {
        public String councilGss() {
            return duty.councilGssCode();
        }
    }

    /** A due item with its status on a day and the report that answers it, if any. */
    public record DueItemState(DueItem item, DueItemStatus status, DueItemReport submission) {
    }

    /** A due item with its status on a day and, when a report answers it, the day that was first received. */
    public record DueItemStatusOn(DueItem item, DueItemStatus status, LocalDate receivedOn) {
        public boolean answered() {
            return receivedOn != null;
        }
    }

    public static final Comparator<DueItem> ORDER = Comparator.comparing((DueItem i) -> i.due().dueOn())
            .thenComparing(i -> i.id().toString());

    @Inject
    BoardMeetingDates meetingDates;

    @Inject
    DueItemSubmissions submissions;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    @Inject
    EventTriggers triggers;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate horizon() {
        return today().plusMonths(config.schedule().horizonMonths());
    }

    public int graceDays() {
        return config.graceDays();
    }

    /** Every item of the duties (of the given councils; null for all) due on or before {@code until}, in order. */
    public List<DueItem> items(List<Duty> duties, Set<String> councils, LocalDate until) {
        return items(duties, councils, until, facts(duties, councils));
    }

    /** The facts that make the ON_EVENT duties of these councils (null for all) due: no call when none has such a duty. */
    public EventTriggers.Result facts(List<Duty> duties, Set<String> councils) {
        return triggers.forDuties(duties.stream().filter(d -> councils == null || councils.contains(d.councilGssCode())).toList(), councils);
    }

    /** How many councils' items a pass over many councils holds at once. */
    static final int COUNCILS_AT_A_TIME = 50;

    /**
     * The items up to {@code until} of these councils (null for all) with their status today, handed to {@code each}
     * {@link #COUNCILS_AT_A_TIME} councils at a time: a pass over every council's whole history (a gauge, a scan) holds
     * one group's items and answering reports at a time, never the whole country's.
     */
    public void statusesByCouncilGroup(List<Duty> duties, Set<String> councils, LocalDate until, Consumer<List<DueItemStatusOn>> each) {
        itemsByCouncilGroup(duties, councils, null, until, facts(duties, councils), group -> each.accept(statuses(group)));
    }

    /**
     * As {@link #items(List, Set, LocalDate, LocalDate, EventTriggers.Result)}, handed to {@code each}
     * {@link #COUNCILS_AT_A_TIME} councils at a time (each group in {@link #ORDER}, the groups in order of GSS code), so
     * that what a request holds at once is bounded by the group, not by how many councils it covers.
     */
    public void itemsByCouncilGroup(List<Duty> duties, Set<String> councils, LocalDate from, LocalDate until,
                                    EventTriggers.Result facts, Consumer<List<DueItem>> each) {
        Map<String, List<Duty>> byCouncil = new TreeMap<>();
        for (Duty d : duties) {
            if (d.councilGssCode() != null && (councils == null || councils.contains(d.councilGssCode()))) {
                byCouncil.computeIfAbsent(d.councilGssCode(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Duty> group = new ArrayList<>();
        int inGroup = 0;
        for (List<Duty> ofCouncil : byCouncil.values()) {
            group.addAll(ofCouncil);
            if (++inGroup == COUNCILS_AT_A_TIME) {
                each.accept(items(group, null, from, until, facts));
                group = new ArrayList<>();
                inGroup = 0;
            }
        }
        if (!group.isEmpty()) {
            each.accept(items(group, null, from, until, facts));
        }
    }

    /** As {@link #items(List, Set, LocalDate)}, with the facts already read. */
    public List<DueItem> items(List<Duty> duties, Set<String> councils, LocalDate until, EventTriggers.Result facts) {
        return items(duties, councils, null, until, facts);
    }

    /**
     * As {@link #items(List, Set, LocalDate, EventTriggers.Result)}, only those falling due on or after {@code from}
     * (null: from the first): the earlier occurrences are still worked out, as a schedule runs from its anchor, but
     * never kept or ordered, which is most of the cost of a year's answer over ten years of history.
     */
    public List<DueItem> items(List<Duty> duties, Set<String> councils, LocalDate from, LocalDate until, EventTriggers.Result facts) {
        List<Duty> relevant = duties.stream()
                .filter(d -> d.councilGssCode() != null && d.code() != null && d.directionReference() != null)
                .filter(d -> councils == null || councils.contains(d.councilGssCode()))
                .toList();
        // only a per-meeting duty is scheduled from the board's meetings: no query for councils without one
        Map<String, List<LocalDate>> boardDates = boardMeetingDates(relevant.stream()
                .filter(d -> d.cadence() != null && d.cadence().type() == CadenceType.PER_BOARD_MEETING)
                .map(Duty::councilGssCode).distinct().toList());
        List<DueItem> out = new ArrayList<>();
        for (Duty d : relevant) {
            for (ScheduledDue due : ScheduleRules.occurrences(d, boardDates.getOrDefault(d.councilGssCode(), List.of()),
                    factsOf(d, facts), until)) {
                if (from == null || !due.dueOn().isBefore(from)) {
                    out.add(new DueItem(DueItemId.of(d, due.dueOn()), d, due));
                }
            }
        }
        return inOrder(out);
    }

    /**
     * The items in {@link #ORDER}, each identifier made into text once (a comparison that makes both
     * identifiers' text was most of the cost of ordering a few years of items).
     */
    private static List<DueItem> inOrder(List<DueItem> items) {
        record Keyed(LocalDate dueOn, String id, DueItem item) {
        }
        List<Keyed> keyed = new ArrayList<>(items.size());
        for (DueItem i : items) {
            keyed.add(new Keyed(i.due().dueOn(), i.id().toString(), i));
        }
        keyed.sort(Comparator.comparing(Keyed::dueOn).thenComparing(Keyed::id));
        List<DueItem> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            out.add(k.item());
        }
        return out;
    }

    /** The due item with this identifier, if the duty exists and falls due on that date. */
    public Optional<DueItem> find(DueItemId id, List<Duty> duties) {
        Optional<Duty> duty = duties.stream().filter(d -> id.dutyId().equals(d.id())
                || (id.directionReference().equals(d.directionReference()) && id.dutyCode().equals(d.code()))).findFirst();
        if (duty.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> dates = boardMeetingDates(List.of(duty.get().councilGssCode())).getOrDefault(duty.get().councilGssCode(), List.of());
        List<EventFact> facts = List.of();
        if (onEvent(duty.get())) {
            EventTriggers.Result r = triggers.forDuties(List.of(duty.get()), Set.of(duty.get().councilGssCode()));
            if (!r.known(duty.get().cadence().trigger().role())) {
                throw new DependencyUnavailable("councils-service", r.problem() + ". Try again shortly.");
            }
            facts = factsOf(duty.get(), r);
        }
        return ScheduleRules.occurrences(duty.get(), dates, facts, id.dueOn()).stream()
                .filter(due -> due.dueOn().equals(id.dueOn()))
                .findFirst()
                .map(due -> new DueItem(id, duty.get(), due));
    }

    /**
     * As {@link #withStatus}, for the features that need only the status and the day of receipt (counts,
     * calendars): the answering reports are read as those values alone, not loaded whole.
     */
    public List<DueItemStatusOn> statuses(List<DueItem> items) {
        Map<String, DueItemAnswer> answered = new HashMap<>();
        if (!items.isEmpty()) {
            List<String> councils = items.stream().map(DueItem::councilGss).distinct().toList();
            for (DueItemAnswer a : submissions.answers(councils, firstDue(items), lastDue(items))) {
                answered.put(a.dueItemId(), a);
            }
        }
        LocalDate today = today();
        List<DueItemStatusOn> out = new ArrayList<>(items.size());
        for (DueItem i : items) {
            DueItemAnswer a = answered.get(i.id().toString());
            LocalDate received = a == null ? null : a.firstSubmittedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
            DueItemStatus status = DueItemStatusRules.status(i.due(), today, config.graceDays(), received, a == null ? null : a.status());
            out.add(new DueItemStatusOn(i, status, received));
        }
        return out;
    }

    /**
     * Items (a page of them) with their status today, given the reports that answer them: one statement reading, by
     * the items' identifiers, only what a page shows of those reports.
     */
    public List<DueItemState> withStatus(List<DueItem> items) {
        Map<String, DueItemReport> answered = new HashMap<>();
        for (DueItemReport r : submissions.reportsAnswering(items.stream().map(i -> i.id().toString()).toList())) {
            answered.put(r.dueItemId(), r);
        }
        LocalDate today = today();
        List<DueItemState> out = new ArrayList<>(items.size());
        for (DueItem i : items) {
            DueItemReport r = answered.get(i.id().toString());
            LocalDate received = r == null ? null : r.firstSubmittedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
            DueItemStatus status = DueItemStatusRules.status(i.due(), today, config.graceDays(), received, r == null ? null : r.status());
            out.add(new DueItemState(i, status, r));
        }
        return out;
    }

    /** The day a submission was first received, in the service's (UK) calendar. */
    public LocalDate receivedOn(Submission s) {
        return s.firstSubmittedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static LocalDate firstDue(Collection<DueItem> items) {
        return items.stream().map(i -> i.due().dueOn()).min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate lastDue(Collection<DueItem> items) {
        return items.stream().map(i -> i.due().dueOn()).max(LocalDate::compareTo).orElseThrow();
    }

    private static boolean onEvent(Duty d) {
        return d.cadence() != null && d.cadence().type() == CadenceType.ON_EVENT && d.cadence().trigger() != null
                && d.cadence().trigger().role() != null;
    }

    private static List<EventFact> factsOf(Duty d, EventTriggers.Result facts) {
        return onEvent(d) ? facts.of(d.councilGssCode(), d.cadence().trigger().role()) : List.of();
    }

    public static Predicate<DueItem> owedByAnyOf(Set<String> roles) {
        return i -> i.duty().providersOrEmpty().stream().anyMatch(roles::contains);
    }

    private Map<String, List<LocalDate>> boardMeetingDates(List<String> councils) {
        return meetingDates.held(councils);
    }
}

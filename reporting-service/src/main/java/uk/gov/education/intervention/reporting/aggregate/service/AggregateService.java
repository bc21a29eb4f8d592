package uk.gov.education.intervention.reporting.aggregate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.FieldError;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.aggregate.domain.Aggregate;
import uk.gov.education.intervention.reporting.aggregate.domain.Granularity;
import uk.gov.education.intervention.reporting.aggregate.repository.DataSnapshots;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.submission.service.DueItemSubmissions;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.service.ReviewOutcomeService;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.EventTriggers;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.service.CouncilFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts of due items per council and period: from the schedules when directions-service's duties
 * are known, else from the submissions received alone; with the reviews held, the councils' names
 * and ratings, and what could not be known.
 */
@ApplicationScoped
public class AggregateService {

    /** The periods an aggregate covers. */
    public record Range(Granularity granularity, Granularity.Period from, Granularity.Period to) {
    }

    /**
     * An aggregate over a range, as of a day; {@code missing} says what could not be known; {@code looked} the councils
     * whose names and ratings were asked for, and {@code names} what councils-service answered for them.
     */
    public record Report(Range range, LocalDate asOf, int graceDays, List<String> missing, List<Aggregate.CouncilCounts> councils,
                         List<Aggregate.PeriodCounts> allCouncils, Set<String> looked, Map<String, RemoteCouncil> names) {
        public boolean degraded() {
            return !missing.isEmpty();
        }
    }

    @Inject
    DutyFeed feed;

    @Inject
    CouncilFacts councilFacts;

    @Inject
    ScheduleService schedule;

    @Inject
    DueItemSubmissions submissions;

    @Inject
    ReviewOutcomeService reviewOutcomes;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingConfig config;

    @Inject
    DataSnapshots snapshots;

    /**
     * What is asked, checked: the range, the councils this caller may aggregate (null: all), the day and the grace
     * days. Every check of input and access is made here, before anything is read or reused.
     */
    public record Question(Range range, Set<String> scope, LocalDate today, int graceDays) {
    }

    /**
     * What an answer is made from besides the question: the duties feed as revalidated now, the facts of ON_EVENT
     * duties (none when the schedules are unknown), and reporting's database snapshot, read before anything else of
     * reporting's data.
     */
    public record Inputs(DutyFeed.Result duties, EventTriggers.Result facts, String dataSnapshot) {
    }

    public Question ask(Granularity g, String fromLabel, String toLabel, List<String> councilsParam) {
        LocalDate today = schedule.today();
        Range range = range(g, fromLabel, toLabel, today);
        return new Question(range, scope(councilsParam), today, config.graceDays());
    }

    public Inputs inputs(Question q) {
        DutyFeed.Result duties = feed.current();
        EventTriggers.Result facts = duties.available() ? schedule.facts(duties.duties(q.scope()), q.scope()) : EventTriggers.Result.NONE;
        return new Inputs(duties, facts, snapshots.current());
    }

    public Report make(Question q, Inputs in) {
        Granularity g = q.range().granularity();
        Set<String> scope = q.scope();
        List<String> missing = new ArrayList<>();
        DutyFeed.Result duties = in.duties();
        if (!duties.live()) {
            missing.add(duties.problem());
        }
        boolean scheduleKnown = duties.available();
        Aggregate aggregate = new Aggregate(g);
        if (scope != null) {
            scope.forEach(aggregate::include);
        }
        if (scheduleKnown) {
            countScheduled(aggregate, duties.duties(scope), in.facts(), q, missing);
        } else {
            countReceived(aggregate, scope, q.range());
        }
        for (ReviewOutcome o : reviewOutcomes.heldBetween(scope, q.range().from().start(), q.range().to().end())) {
            aggregate.on(o.councilGss, o.heldOn).review(o.sufficientProgress, o.recommendation);
        }
        Set<String> looked = Set.copyOf(aggregate.councils());
        CouncilFacts.Lookup lookup = councilFacts.lookup(looked);
        if (!lookup.complete()) {
            missing.add(lookup.problem());
        }
        List<Granularity.Period> periods = g.range(q.range().from(), q.range().to());
        List<Aggregate.CouncilCounts> perCouncil = aggregate.councils(periods, known(lookup.councils()),
                directionsInForce(duties.duties(), q.today()), scheduleKnown);
        return new Report(q.range(), q.today(), q.graceDays(), missing, perCouncil, aggregate.allCouncils(periods, scheduleKnown),
                looked, Map.copyOf(lookup.councils()));
    }

    /** The range the labels name (default: the last twelve months or four quarters), every bound checked before a period is made. */
    private Range range(Granularity g, String fromLabel, String toLabel, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Granularity.Period from = fromLabel == null ? g.containing(today.minusMonths(g == Granularity.MONTH ? 11 : 9))
                : g.parse(fromLabel, "from", errors).orElse(null);
        Granularity.Period to = toLabel == null ? g.containing(today) : g.parse(toLabel, "to", errors).orElse(null);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (to.start().isAfter(today.plusYears(10))) {
            throw new InvalidInput("to", "must be within ten years of today");
        }
        if (from.start().isAfter(to.start())) {
            throw new InvalidInput("from", "must not be after `to`");
        }
        long span = g.span(from, to);
        if (span > config.schedule().maxAggregatePeriods()) {
            throw new InvalidInput("to", "the range spans " + span + " periods; at most "
                    + config.schedule().maxAggregatePeriods() + " are allowed");
        }
        return new Range(g, from, to);
    }

    /** Counts the scheduled items falling due in the range, and names every council with a direction in force today. */
    private void countScheduled(Aggregate aggregate, List<Duty> duties, EventTriggers.Result facts, Question q, List<String> missing) {
        Set<String> scope = q.scope();
        Range range = q.range();
        LocalDate today = q.today();
        if (!facts.live()) {
            missing.add(facts.problem());
        }
        // a group of councils at a time: what is held at once is bounded by the group, whatever the scope
        schedule.itemsByCouncilGroup(duties, scope, range.from().start(), range.to().end(), facts,
                group -> tally(aggregate, schedule.statuses(group), q.graceDays()));
        duties.stream().filter(d -> scope == null || scope.contains(d.councilGssCode()))
                .filter(d -> d.inForceOn(today) && d.councilGssCode() != null).forEach(d -> aggregate.include(d.councilGssCode()));
    }

    private void tally(Aggregate aggregate, List<ScheduleService.DueItemStatusOn> statuses, int grace) {
        for (ScheduleService.DueItemStatusOn st : statuses) {
            String council = st.item().councilGss();
            boolean onTime = st.answered() && (!st.item().due().deadlineStated()
                    || DueItemStatusRules.onTime(st.receivedOn(), st.item().due().dueOn(), grace));
            aggregate.on(council, st.item().due().dueOn()).item(st.status(), st.answered(), onTime);
            Duty d = st.item().duty();
            aggregate.owed(council, new Aggregate.Obligation(d.id(), d.clause(), d.citationsOrClause(), d.kind(), d.title(),
                    d.cadence().rule(), st.status() == DueItemStatus.WITHDRAWN ? 0 : 1));
        }
    }

    /** Without the schedules: the submissions received for items due in the range, and their timeliness. */
    private void countReceived(Aggregate aggregate, Set<String> scope, Range range) {
        int grace = config.graceDays();
        for (Submission s : submissions.answeringAny(scope == null ? null : List.copyOf(scope), range.from().start(), range.to().end())) {
            aggregate.on(s.councilGss, s.dueOn).submission(DueItemStatusRules.onTime(schedule.receivedOn(s), s.dueOn, grace),
                    s.status == SubmissionStatus.ACCEPTED, s.status == SubmissionStatus.RETURNED);
        }
    }

    private static Map<String, Aggregate.Council> known(Map<String, RemoteCouncil> councils) {
        Map<String, Aggregate.Council> out = new HashMap<>();
        councils.forEach((gss, rc) -> {
            if (rc != null) {
                out.put(gss, new Aggregate.Council(rc.name(), rc.currentRating() == null ? null
                        : new Aggregate.Rating(rc.currentRating().overallEffectiveness(), rc.currentRating().publishedOn())));
            }
        });
        return out;
    }

    /** The councils this caller may aggregate: those asked for (each must be reachable), or all it reaches (null: every council). */
    private Set<String> scope(List<String> councilsParam) {
        if (councilsParam != null && !councilsParam.isEmpty()) {
            Set<String> asked = new TreeSet<>(councilsParam);
            asked.forEach(access::requireWholeReport);
            return asked;
        }
        return access.wholeReportCouncils();
    }

    /** For each council, its latest issued direction with duties in the feed. */
    static Map<String, Aggregate.DirectionRef> directionsInForce(Collection<Duty> duties, LocalDate today) {
        Map<String, Aggregate.DirectionRef> out = new HashMap<>();
        for (Duty d : duties) {
            if (!d.inForceOn(today) || d.councilGssCode() == null || d.directionDate() == null) {
                continue;
            }
            Aggregate.DirectionRef current = out.get(d.councilGssCode());
            if (current == null || current.date().isBefore(d.directionDate())) {
                out.put(d.councilGssCode(), new Aggregate.DirectionRef(d.directionReference(), d.directionDate()));
            }
        }
        return out;
    }
}

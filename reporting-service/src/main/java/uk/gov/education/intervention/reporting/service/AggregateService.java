package uk.gov.education.intervention.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.domain.Duty;
import uk.gov.education.intervention.reporting.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.domain.ReviewRecommendation;
import uk.gov.education.intervention.reporting.domain.Submission;
import uk.gov.education.intervention.reporting.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.repository.ReviewOutcomeRepository;
import uk.gov.education.intervention.reporting.repository.SubmissionRepository;
import uk.gov.education.intervention.reporting.rest.AggregateCounts;
import uk.gov.education.intervention.reporting.rest.AggregateReport;
import uk.gov.education.intervention.reporting.rest.CouncilAggregate;
import uk.gov.education.intervention.reporting.rest.ReviewCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly and quarterly counts of due items per council and across councils. Each request makes
 * the same downstream calls whatever the number of councils or submissions: one conditional read
 * of the duties feed and one batch read of councils (up to 200 councils a call).
 */
@ApplicationScoped
public class AggregateService {

    @Inject
    DutyFeed feed;

    @Inject
    CouncilFacts councilFacts;

    @Inject
    ScheduleService schedule;

    @Inject
    SubmissionRepository submissions;

    @Inject
    ReviewOutcomeRepository reviewOutcomes;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingConfig config;

    private static final class Counter {
        int expected;
        int received;
        int onTime;
        int late;
        int overdue;
        int accepted;
        int returned;
        int withdrawn;
        int reviewsHeld;
        int sufficientProgress;
        final Map<ReviewRecommendation, Integer> recommendations = new EnumMap<>(ReviewRecommendation.class);

        void review(ReviewOutcome o) {
            reviewsHeld++;
            if (o.sufficientProgress) {
                sufficientProgress++;
            }
            recommendations.merge(o.recommendation, 1, Integer::sum);
        }

        void add(Counter o) {
            expected += o.expected;
            received += o.received;
            onTime += o.onTime;
            late += o.late;
            overdue += o.overdue;
            accepted += o.accepted;
            returned += o.returned;
            withdrawn += o.withdrawn;
            reviewsHeld += o.reviewsHeld;
            sufficientProgress += o.sufficientProgress;
            o.recommendations.forEach((k, v) -> recommendations.merge(k, v, Integer::sum));
        }

        AggregateCounts view(Granularity.Period p, boolean scheduleKnown) {
            int judged = onTime + late + overdue;
            Double rate = !scheduleKnown || judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 1000.0;
            return new AggregateCounts(p.label(), p.start(), p.end(), scheduleKnown ? expected : null, received, onTime, late,
                    scheduleKnown ? overdue : null, accepted, returned, scheduleKnown ? withdrawn : null, rate, reviews());
        }

        ReviewCounts reviews() {
            Map<String, Integer> byRecommendation = new LinkedHashMap<>();
            for (ReviewRecommendation r : ReviewRecommendation.values()) {
                byRecommendation.put(r.name(), recommendations.getOrDefault(r, 0));
            }
            return new ReviewCounts(reviewsHeld, sufficientProgress, reviewsHeld - sufficientProgress, byRecommendation);
        }
    }

    public AggregateReport aggregate(Granularity g, String fromLabel, String toLabel, List<String> councilsParam) {
        LocalDate today = schedule.today();
        // every bound is checked on the labels and their count, before a single period is made
        List<Map<String, String>> errors = new ArrayList<>();
        Granularity.Period from = fromLabel == null ? g.containing(today.minusMonths(g == Granularity.MONTH ? 11 : 9))
                : g.parse(fromLabel, "from", errors).orElse(null);
        Granularity.Period to = toLabel == null ? g.containing(today) : g.parse(toLabel, "to", errors).orElse(null);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (to.start().isAfter(today.plusYears(10))) {
            throw Problems.invalidField("to", "must be within ten years of today");
        }
        if (from.start().isAfter(to.start())) {
            throw Problems.invalidField("from", "must not be after `to`");
        }
        long span = g.span(from, to);
        if (span > config.schedule().maxAggregatePeriods()) {
            throw Problems.invalidField("to", "the range spans " + span + " periods; at most "
                    + config.schedule().maxAggregatePeriods() + " are allowed");
        }
        List<Granularity.Period> periods = g.range(from, to);
        Set<String> scope = scope(councilsParam);

        List<String> missing = new ArrayList<>();
        DutyFeed.Result duties = feed.current();
        if (!duties.live()) {
            missing.add(duties.problem());
        }
        boolean scheduleKnown = duties.available();

        Map<String, Map<String, Counter>> counts = new TreeMap<>();
        Map<String, Map<String, CouncilAggregate.Obligation>> obligations = new HashMap<>();
        Set<String> councils = new TreeSet<>();
        if (scope != null) {
            councils.addAll(scope);
        }
        int grace = config.graceDays();
        if (scheduleKnown) {
            EventTriggers.Result facts = schedule.facts(duties.duties(), scope);
            if (!facts.live()) {
                missing.add(facts.problem());
            }
            List<ScheduleService.DueItem> items = schedule.items(duties.duties(), scope, to.end(), facts).stream()
                    .filter(i -> !i.due().dueOn().isBefore(from.start())).toList();
            for (ScheduleService.DueItemState st : schedule.withStatus(items)) {
                String council = st.item().councilGss();
                councils.add(council);
                Granularity.Period p = g.containing(st.item().due().dueOn());
                Counter c = counts.computeIfAbsent(council, k -> new HashMap<>()).computeIfAbsent(p.label(), k -> new Counter());
                count(c, st, grace);
                Duty d = st.item().duty();
                int one = st.status() == DueItemStatus.WITHDRAWN ? 0 : 1;
                obligations.computeIfAbsent(council, k -> new LinkedHashMap<>()).merge(d.id(),
                        new CouncilAggregate.Obligation(d.id(), d.clause(), d.citationsOrClause(), d.kind(), d.title(),
                                d.cadence().rule(), one),
                        (a, b) -> new CouncilAggregate.Obligation(a.dutyId(), a.clause(), a.citations(), a.kind(), a.title(), a.rule(),
                                a.expected() + b.expected()));
            }
            duties.duties().stream().filter(d -> scope == null || scope.contains(d.councilGssCode()))
                    .filter(d -> d.inForceOn(today) && d.councilGssCode() != null).forEach(d -> councils.add(d.councilGssCode()));
        } else {
            for (Submission s : submissions.answeringAny(scope == null ? null : List.copyOf(scope), from.start(), to.end())) {
                councils.add(s.councilGss);
                Granularity.Period p = g.containing(s.dueOn);
                Counter c = counts.computeIfAbsent(s.councilGss, k -> new HashMap<>()).computeIfAbsent(p.label(), k -> new Counter());
                c.received++;
                if (DueItemStatusRules.onTime(schedule.receivedOn(s), s.dueOn, grace)) {
                    c.onTime++;
                } else {
                    c.late++;
                }
                if (s.status == SubmissionStatus.ACCEPTED) {
                    c.accepted++;
                } else if (s.status == SubmissionStatus.RETURNED) {
                    c.returned++;
                }
            }
        }

        for (ReviewOutcome o : reviewOutcomes.heldBetween(scope, from.start(), to.end())) {
            councils.add(o.councilGss);
            counts.computeIfAbsent(o.councilGss, k -> new HashMap<>()).computeIfAbsent(g.containing(o.heldOn).label(), k -> new Counter())
                    .review(o);
        }

        CouncilFacts.Lookup lookup = councilFacts.lookup(councils);
        if (!lookup.complete()) {
            missing.add(lookup.problem());
        }
        Map<String, CouncilAggregate.DirectionRef> inForce = directionsInForce(duties.duties(), today);

        List<CouncilAggregate> perCouncil = new ArrayList<>();
        Map<String, Counter> totals = new LinkedHashMap<>();
        for (String council : councils) {
            Map<String, Counter> byPeriod = counts.getOrDefault(council, Map.of());
            List<AggregateCounts> rows = new ArrayList<>();
            for (Granularity.Period p : periods) {
                Counter c = byPeriod.getOrDefault(p.label(), new Counter());
                totals.computeIfAbsent(p.label(), k -> new Counter()).add(c);
                rows.add(c.view(p, scheduleKnown));
            }
            RemoteCouncil rc = lookup.councils().get(council);
            CouncilAggregate.Rating rating = rc == null || rc.currentRating() == null ? null
                    : new CouncilAggregate.Rating(rc.currentRating().overallEffectiveness(), rc.currentRating().publishedOn());
            List<CouncilAggregate.Obligation> owed = !scheduleKnown ? null
                    : obligations.getOrDefault(council, Map.of()).values().stream()
                    .sorted(java.util.Comparator.comparing(CouncilAggregate.Obligation::dutyId)).toList();
            perCouncil.add(new CouncilAggregate(council, rc == null ? null : rc.name(), rating, inForce.get(council), rows, owed));
        }
        List<AggregateCounts> all = new ArrayList<>();
        for (Granularity.Period p : periods) {
            all.add(totals.getOrDefault(p.label(), new Counter()).view(p, scheduleKnown));
        }
        return new AggregateReport(g.name(), from.label(), to.label(), today, grace, !missing.isEmpty(), missing, perCouncil, all);
    }

    private void count(Counter c, ScheduleService.DueItemState st, int grace) {
        if (st.status() == DueItemStatus.WITHDRAWN) {
            c.withdrawn++;
            return;
        }
        c.expected++;
        Submission s = st.submission();
        if (s != null) {
            c.received++;
            if (!st.item().due().deadlineStated() || DueItemStatusRules.onTime(schedule.receivedOn(s), st.item().due().dueOn(), grace)) {
                c.onTime++;
            } else {
                c.late++;
            }
            if (st.status() == DueItemStatus.ACCEPTED) {
                c.accepted++;
            } else if (st.status() == DueItemStatus.RETURNED) {
                c.returned++;
            }
        } else if (st.status() == DueItemStatus.OVERDUE) {
            c.overdue++;
        }
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
    static Map<String, CouncilAggregate.DirectionRef> directionsInForce(Collection<Duty> duties, LocalDate today) {
        Map<String, CouncilAggregate.DirectionRef> out = new HashMap<>();
        for (Duty d : duties) {
            if (!d.inForceOn(today) || d.councilGssCode() == null || d.directionDate() == null) {
                continue;
            }
            CouncilAggregate.DirectionRef current = out.get(d.councilGssCode());
            if (current == null || current.date().isBefore(d.directionDate())) {
                out.put(d.councilGssCode(), new CouncilAggregate.DirectionRef(d.directionReference(), d.directionDate()));
            }
        }
        return out;
    }
}

package uk.gov.education.intervention.reporting.aggregate.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts of due items, submissions and reviews per council and period, and across the councils,
 * as they are gathered; {@link #councils} and {@link #allCouncils} read them out over a range.
 */
public final class Aggregate {

    /** One duty counted in a council's aggregate, and how many of its items fall due in the range. */
    public record Obligation(String dutyId, String clause, List<String> citations, String kind, String title, String rule,
                             int expected) {
        Obligation plus(Obligation o) {
            return new Obligation(dutyId, clause, citations, kind, title, rule, expected + o.expected);
        }
    }

    /** A council's name and current Ofsted rating, as the council register gives them (null: unknown). */
    public record Council(String name, Rating rating) {
    }

    /** An Ofsted rating: the overall effectiveness judged, and when it was published. */
    public record Rating(String overallEffectiveness, LocalDate publishedOn) {
    }

    /** The direction in force with structured duties. */
    public record DirectionRef(String reference, LocalDate date) {
    }

    /** A period's counts. */
    public record PeriodCounts(Granularity.Period period, Tally.Counts counts) {
    }

    /** One council's counts per period, with what is known of it. */
    public record CouncilCounts(String gssCode, Council council, DirectionRef directionInForce, List<PeriodCounts> periods,
                                List<Obligation> obligations) {
    }

    private final Granularity granularity;
    private final Map<String, Map<String, Tally>> counts = new TreeMap<>();
    private final Map<String, Map<String, Obligation>> obligations = new HashMap<>();
    private final Set<String> councils = new TreeSet<>();

    public Aggregate(Granularity granularity) {
        this.granularity = granularity;
    }

    /** Names a council to report even if nothing of it is counted. */
    public void include(String council) {
        councils.add(council);
    }

    public Set<String> councils() {
        return Set.copyOf(councils);
    }

    /** The tally of a council for the period containing {@code day}. */
    public Tally on(String council, LocalDate day) {
        councils.add(council);
        return counts.computeIfAbsent(council, k -> new HashMap<>()).computeIfAbsent(granularity.containing(day).label(), k -> new Tally());
    }

    /** Counts one item of a duty towards the council's obligations ({@code expected} 0 for a withdrawn one). */
    public void owed(String council, Obligation o) {
        obligations.computeIfAbsent(council, k -> new LinkedHashMap<>()).merge(o.dutyId(), o, Obligation::plus);
    }

    /**
     * Each council's counts for the periods, in GSS code order; obligations only when the schedule
     * is known.
     */
    public List<CouncilCounts> councils(List<Granularity.Period> periods, Map<String, Council> known,
                                        Map<String, DirectionRef> inForce, boolean scheduleKnown) {
        List<CouncilCounts> out = new ArrayList<>();
        for (String council : councils) {
            Map<String, Tally> byPeriod = counts.getOrDefault(council, Map.of());
            List<PeriodCounts> rows = periods.stream()
                    .map(p -> new PeriodCounts(p, byPeriod.getOrDefault(p.label(), new Tally()).counts(scheduleKnown))).toList();
            List<Obligation> owed = !scheduleKnown ? null : obligations.getOrDefault(council, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Obligation::dutyId)).toList();
            out.add(new CouncilCounts(council, known.get(council), inForce.get(council), rows, owed));
        }
        return out;
    }

    /** The counts of every council reported, summed per period. */
    public List<PeriodCounts> allCouncils(List<Granularity.Period> periods, boolean scheduleKnown) {
        List<PeriodCounts> out = new ArrayList<>();
        for (Granularity.Period p : periods) {
            Tally total = new Tally();
            for (String council : councils) {
                Tally t = counts.getOrDefault(council, Map.of()).get(p.label());
                if (t != null) {
                    total.add(t);
                }
            }
            out.add(new PeriodCounts(p, total.counts(scheduleKnown)));
        }
        return out;
    }
}

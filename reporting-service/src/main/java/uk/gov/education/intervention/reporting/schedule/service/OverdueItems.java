package uk.gov.education.intervention.reporting.schedule.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import uk.gov.education.intervention.reporting.submission.service.SubmissionMetrics;

/**
 * The business gauge {@code reporting_items_overdue}: due items whose deadline has passed with nothing
 * received, across every council, by duty kind.
 * <p>
 * Computing it needs the duties feed, so it is not computed when Prometheus scrapes: a scrape reads
 * the last figures. They are recomputed every {@code reporting.metrics.overdue-refresh} (5 minutes),
 * which costs one conditional read of the feed (a 304 while nothing changed) and two queries here;
 * {@code reporting_items_overdue_computed_at_seconds} says when they last were. When directions-service
 * is down the copy of the feed last kept is used, as the API does. Every pod computes the same
 * figures: aggregate them across pods with max, not sum.
 */
@ApplicationScoped
public class OverdueItems {

    public static final String OVERDUE = "reporting.items.overdue";
    public static final String COMPUTED_AT = "reporting.items.overdue.computed.at";
    private static final Logger LOG = Logger.getLogger(OverdueItems.class);

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final AtomicLong computedAt = new AtomicLong();
    private volatile MultiGauge byKind;

    void onStart(@Observes StartupEvent event) {
        byKind = MultiGauge.builder(OVERDUE)
                .description("Due items past their deadline with nothing received, by duty kind (recomputed on a timer)")
                .register(registry);
        Gauge.builder(COMPUTED_AT, computedAt, AtomicLong::get)
                .description("When reporting_items_overdue was last computed (Unix time; 0 before the first time)")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(identity = "overdue-items", every = "${reporting.metrics.overdue-refresh}",
            delayed = "${reporting.metrics.overdue-first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onTimer() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("the overdue-items gauge was not recomputed: %s", e.toString());
        }
    }

    /**
     * Recomputes the figures and publishes them.
     *
     * @return overdue items by duty kind (every kind in the feed, zero included); empty when no copy
     * of the duties feed was ever read, in which case the figures are left as they were
     */
    public Optional<Map<String, Long>> refresh() {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            return Optional.empty();
        }
        Map<String, Long> counts = QuarkusTransaction.requiringNew().call(() -> count(duties.duties()));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((kind, n) -> rows.add(MultiGauge.Row.of(Tags.of("kind", kind), n)));
        byKind.register(rows, true);
        computedAt.set(clock.instant().getEpochSecond());
        return Optional.of(counts);
    }

    private Map<String, Long> count(List<Duty> duties) {
        Map<String, Long> counts = new TreeMap<>();
        for (Duty d : duties) {
            counts.put(SubmissionMetrics.kind(d.kind()), 0L);
        }
        // an item due after today cannot be past its deadline; every council's whole history is judged here, a group
        // of councils at a time, by the answering reports' values (never their entities)
        schedule.statusesByCouncilGroup(duties, null, schedule.today(), group -> {
            for (ScheduleService.DueItemStatusOn s : group) {
                if (s.status() == DueItemStatus.OVERDUE) {
                    counts.merge(SubmissionMetrics.kind(s.item().duty().kind()), 1L, Long::sum);
                }
            }
        });
        return counts;
    }
}

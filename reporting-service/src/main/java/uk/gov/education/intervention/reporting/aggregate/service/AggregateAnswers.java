package uk.gov.education.intervention.reporting.aggregate.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.Busy;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.schedule.domain.EventFact;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.service.CouncilFacts;
import uk.gov.education.intervention.reporting.service.HeavyReads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * Aggregates as written (JSON or CSV), served again only while everything they were made from is provably unchanged,
 * which is checked on every use: the duties feed's ETag (revalidated with directions-service), the facts of ON_EVENT
 * duties, reporting's database snapshot (see {@link AggregateService.Inputs}) and the councils' names and ratings. A
 * degraded answer is never kept. Identical requests arriving together make the answer once: the first makes it in a
 * {@link HeavyReads} turn, the others wait for it (as long as a turn is waited for) and then check it as a kept one.
 * Serving a kept answer takes no turn.
 */
@ApplicationScoped
public class AggregateAnswers {

    public static final String METER = "reporting.aggregate.answers";

    /**
     * A written answer: its bytes, media type, the file name a CSV is saved as (null for JSON), what is missing.
     * {@code tag} identifies its bytes (made once by its writer, so that serving a kept answer of megabytes does not
     * hash it again on every request). {@code gzip}: the same bytes gzip-coded, made once when the answer is kept and
     * {@link #GZIP_FROM_BYTES} or more (else null, and the answer is only ever sent as it is).
     */
    public record Answer(byte[] body, String mediaType, String fileName, List<String> missing, String tag, byte[] gzip) {
        public Answer(byte[] body, String mediaType, String fileName, List<String> missing, String tag) {
            this(body, mediaType, fileName, missing, tag, null);
        }

        Answer coded() {
            return body.length < GZIP_FROM_BYTES ? this : new Answer(body, mediaType, fileName, missing, tag, compressed(body));
        }
    }

    /** The bytes gzip-coded (RFC 1952). */
    private static byte[] compressed(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 16));
        try (GZIPOutputStream coder = new GZIPOutputStream(out, 64 * 1024)) {
            coder.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Kept answers smaller than this are not coded: the bytes saved would not pay for the coding. */
    static final int GZIP_FROM_BYTES = 1024;

    /** What an answer is to: the range, the caller's councils (null: all), JSON or CSV, the day and the grace days. */
    record Key(AggregateService.Range range, Set<String> scope, boolean csv, LocalDate today, int graceDays) {
        static Key of(AggregateService.Question q, boolean csv) {
            return new Key(q.range(), q.scope() == null ? null : Set.copyOf(q.scope()), csv, q.today(), q.graceDays());
        }
    }

    /** What an answer was made from, as compared (null when the inputs are not all current: nothing is then kept). */
    record Basis(String feedEtag, Map<String, List<EventFact>> facts, String dataSnapshot) {
        static Basis of(AggregateService.Inputs in) {
            if (!in.duties().live() || in.duties().snapshot() == null || in.duties().snapshot().etag() == null
                    || !in.facts().live()) {
                return null;
            }
            return new Basis(in.duties().snapshot().etag(), Map.copyOf(in.facts().facts()), in.dataSnapshot());
        }
    }

    @Inject
    AggregateService aggregates;

    @Inject
    CouncilFacts councilFacts;

    @Inject
    ScheduleService schedule;

    @Inject
    HeavyReads heavyReads;

    @Inject
    ReportingConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<Key, CompletableFuture<Void>> making = new ConcurrentHashMap<>();
    private AnswerCache cache;
    private Counter hits;
    private Counter misses;

    @PostConstruct
    void init() {
        cache = new AnswerCache(config.aggregateAnswers().maxEntries(), config.aggregateAnswers().maxBytes());
        hits = Counter.builder(METER).description("Aggregate requests answered from a kept answer (hit) or made anew (miss)")
                .tag("result", "hit").register(registry);
        misses = Counter.builder(METER).description("Aggregate requests answered from a kept answer (hit) or made anew (miss)")
                .tag("result", "miss").register(registry);
        Gauge.builder("reporting.aggregate.answers.kept.bytes", cache, AnswerCache::bytes).baseUnit("bytes")
                .description("Bytes of the aggregate answers kept").register(registry);
    }

    /** The answer to a question already checked; {@code write} writes a made report out. */
    public Answer answer(AggregateService.Question q, boolean csv, Function<AggregateService.Report, Answer> write) {
        Key key = Key.of(q, csv);
        AggregateService.Inputs in = aggregates.inputs(q);
        Basis basis = Basis.of(in);
        long deadline = System.nanoTime() + config.heavyReads().maxWait().toNanos();
        while (true) {
            Answer kept = basis == null ? null : kept(key, basis);
            if (kept != null) {
                hits.increment();
                return kept;
            }
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> running = making.putIfAbsent(key, mine);
            if (running == null) {
                try {
                    misses.increment();
                    return heavyReads.run(() -> make(key, q, in, basis, write));
                } finally {
                    making.remove(key, mine);
                    mine.complete(null);
                }
            }
            await(running, deadline);
        }
    }

    /**
     * The kept answer, if it was made from this basis and the councils' names and ratings are still those it was written
     * with: at once while the last check's stamp holds (nothing kept has changed, no name is too old), else by a check
     * of each council, which stamps the answer again.
     */
    private Answer kept(Key key, Basis basis) {
        AnswerCache.Entry e = cache.get(key);
        if (e == null || !e.basis().equals(basis)) {
            return null;
        }
        if (councilFacts.stillAsStamped(e.checked().get())) {
            return e.answer();
        }
        CouncilFacts.Stamp stamp = councilFacts.stamp(e.looked(), e.names());
        if (stamp == null) {
            CouncilFacts.Lookup now = councilFacts.lookup(e.looked());
            if (!now.complete() || !now.councils().equals(e.names())) {
                return null;
            }
            stamp = councilFacts.stamp(e.looked(), e.names());
        }
        e.checked().set(stamp);
        return e.answer();
    }

    private Answer make(Key key, AggregateService.Question q, AggregateService.Inputs in, Basis basis,
                        Function<AggregateService.Report, Answer> write) {
        AggregateService.Report report = aggregates.make(q, in);
        Answer answer = write.apply(report);
        // an answer made across midnight may hold statuses of the next day: it is served, not kept
        if (basis != null && report.missing().isEmpty() && answer.missing().isEmpty() && schedule.today().equals(q.today())) {
            // coded here, in this turn, once for all the requests it will serve: an answer not kept is sent as it is
            answer = answer.coded();
            cache.put(key, new AnswerCache.Entry(answer, basis, report.looked(), report.names()));
        }
        return answer;
    }

    private void await(CompletableFuture<Void> running, long deadline) {
        try {
            running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a flight is only ever completed normally", e);
        }
    }

    private Busy busy() {
        long wait = config.heavyReads().maxWait().toSeconds();
        return new Busy("The service is already making this aggregate for another request, and this request waited " + wait
                + " s for it. Try again shortly.", (int) Math.max(1, wait));
    }

    /** How many answers are kept (for tests and diagnosis). */
    int kept() {
        return cache.size();
    }
}

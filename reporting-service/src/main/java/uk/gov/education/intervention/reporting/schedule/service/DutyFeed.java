package uk.gov.education.intervention.reporting.schedule.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.downstream.SharedCalls;
import uk.gov.education.intervention.reporting.client.DirectionsGateway;
import uk.gov.education.intervention.reporting.client.DutiesPage;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.domain.DutySnapshot;
import uk.gov.education.intervention.reporting.schedule.repository.DutySnapshotRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The duties of every issued or revoked direction, from directions-service's feed. Each use asks
 * the feed's first page once with {@code If-None-Match}: its ETag stands for every page, so an unchanged feed
 * costs one 304 however many pages it has; a changed one is read whole (1000 duties a page) and kept in the
 * database. When directions-service cannot be
 * reached, or answers duties no schedule can be made from ({@link Duty#unusable()}), the last copy
 * is used and the answer says so.
 */
@ApplicationScoped
public class DutyFeed {

    private static final Logger LOG = Logger.getLogger(DutyFeed.class);
    /** A guard against a feed that never ends; 50 pages is 50,000 duties. */
    private static final int MAX_PAGES = 50;

    /**
     * The duties as last read, when, and the ETag of the feed's first page, which covers them all; with the duties
     * of each council, grouped once when the snapshot is made, so that a request for a few councils touches only
     * theirs, not every duty of the feed.
     */
    public record Snapshot(List<Duty> duties, OffsetDateTime fetchedAt, String etag, Map<String, List<Duty>> byCouncil) {

        public Snapshot(List<Duty> duties, OffsetDateTime fetchedAt, String etag) {
            this(duties, fetchedAt, etag, byCouncil(duties));
        }

        /** The duties of these councils (null: every duty), each council's in feed order, the councils in GSS order. */
        public List<Duty> of(Collection<String> councils) {
            if (councils == null) {
                return duties;
            }
            List<Duty> out = new ArrayList<>();
            for (String c : new TreeSet<>(councils)) {
                out.addAll(byCouncil.getOrDefault(c, List.of()));
            }
            return out;
        }

        private static Map<String, List<Duty>> byCouncil(List<Duty> duties) {
            Map<String, List<Duty>> out = new HashMap<>();
            for (Duty d : duties) {
                if (d != null && d.councilGssCode() != null) {
                    out.computeIfAbsent(d.councilGssCode(), k -> new ArrayList<>()).add(d);
                }
            }
            out.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(out);
        }
    }

    /**
     * What a request has to work with: the snapshot (null when none was ever read), whether it is
     * the feed's current state, and if not, why.
     */
    public record Result(Snapshot snapshot, boolean live, String problem) {
        public boolean available() {
            return snapshot != null;
        }

        public List<Duty> duties() {
            return snapshot == null ? List.of() : snapshot.duties();
        }

        /** As {@link Snapshot#of}: the duties of these councils (null: every duty). */
        public List<Duty> duties(Collection<String> councils) {
            return snapshot == null ? List.of() : snapshot.of(councils);
        }
    }

    @Inject
    DirectionsGateway gateway;

    @Inject
    DutySnapshotRepository snapshots;

    @Inject
    ObjectMapper mapper;

    private volatile Snapshot cached;

    /** Concurrent requests share one check of the feed (one key: the feed). */
    private final SharedCalls<Boolean, Result> checks = new SharedCalls<>();

    /**
     * The duties as the feed has them now. Concurrent requests share one check of the feed that began after they
     * arrived ({@link SharedCalls}): under load, directions-service answers about one call per round trip instead of
     * one per request, and no answer is older than the request.
     */
    public Result current() {
        return checks.get(Boolean.TRUE, this::check);
    }

    private Result check() {
        Snapshot stored = cached != null ? cached : load();
        try {
            DutiesPage first = gateway.duties(null, stored == null ? null : stored.etag());
            if (first.notModified()) {
                cached = stored;
                return new Result(stored, true, null);
            }
            List<Duty> duties = new ArrayList<>(first.duties());
            readRest(first.next(), duties);
            // when it was read, by the wall clock (the business clock only says what day schedules are judged on)
            Snapshot fresh = new Snapshot(List.copyOf(duties), OffsetDateTime.now(ZoneOffset.UTC), first.etag());
            save(fresh);
            cached = fresh;
            return new Result(fresh, true, null);
        } catch (RuntimeException e) {
            LOG.warnf("directions-service duties feed unavailable: %s", e.toString());
            String problem = stored == null
                    ? "directions-service is unavailable and no copy of the duties feed has been kept: schedules cannot be computed"
                    : "directions-service is unavailable: schedules use the duties feed as read at " + stored.fetchedAt();
            return new Result(stored, false, problem);
        }
    }

    /**
     * Reads the pages after the first into {@code duties}, and refuses a feed that cannot make
     * schedules (the kept copy then serves, and is not replaced).
     */
    private void readRest(String next, List<Duty> duties) {
        int pages = 1;
        while (next != null) {
            if (++pages > MAX_PAGES) {
                throw new IllegalStateException("the duties feed has more than " + MAX_PAGES + " pages");
            }
            DutiesPage page = gateway.duties(next, null);
            duties.addAll(page.duties());
            next = page.next();
        }
        for (Duty d : duties) {
            String unusable = d == null ? "a duty that is null" : d.unusable();
            if (unusable != null) {
                throw new IllegalStateException("the duties feed answered what no schedule can be made from: " + unusable);
            }
        }
    }

    private Snapshot load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            DutySnapshot row = snapshots.findById(DutySnapshot.FEED);
            if (row == null) {
                return null;
            }
            try {
                List<Duty> duties = mapper.readValue(row.duties, new TypeReference<List<Duty>>() {
                });
                return new Snapshot(List.copyOf(duties), row.fetchedAt, row.etag);
            } catch (Exception e) {
                LOG.warnf("the kept copy of the duties feed cannot be read: %s", e.toString());
                return null;
            }
        });
    }

    private void save(Snapshot s) {
        try {
            String json = mapper.writeValueAsString(s.duties());
            QuarkusTransaction.requiringNew().run(() -> snapshots.getEntityManager().createNativeQuery(
                            "INSERT INTO duty_snapshot (name, etag, fetched_at, duties) VALUES (?1, CAST(?2 AS varchar), ?3, CAST(?4 AS jsonb)) "
                                    + "ON CONFLICT (name) DO UPDATE SET etag = EXCLUDED.etag, fetched_at = EXCLUDED.fetched_at, "
                                    + "duties = EXCLUDED.duties")
                    .setParameter(1, DutySnapshot.FEED)
                    .setParameter(2, s.etag())
                    .setParameter(3, s.fetchedAt())
                    .setParameter(4, json)
                    .executeUpdate());
        } catch (Exception e) {
            // the copy in memory still serves this instance; the next change of the feed retries
            LOG.warnf("the duties feed could not be kept in the database: %s", e.toString());
        }
    }
}

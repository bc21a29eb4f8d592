package uk.gov.education.intervention.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Council names and current Ofsted ratings from councils-service, kept for a while: one batch call
 * for up to 200 councils (England has about 150 with children's services, so one call in practice),
 * whatever the number of councils or submissions in a request. Answers are reused for
 * {@code reporting.councils.cache-ttl}, and beyond it while councils-service cannot be reached (the
 * lookup then says it is incomplete and how old its answers are).
 */
@ApplicationScoped
public class CouncilFacts {

    private static final Logger LOG = Logger.getLogger(CouncilFacts.class);

    /** The councils found; {@code complete} is false when councils-service could not be asked. */
    public record Lookup(Map<String, RemoteCouncil> councils, boolean complete, String problem) {
    }

    /** A council as read (null: councils-service holds none), when (wall clock, for people) and its age (monotonic). */
    private record Entry(RemoteCouncil council, Instant fetchedAt, long fetchedNanos) {
        boolean freshFor(Duration ttl, long nowNanos) {
            return nowNanos - fetchedNanos < ttl.toNanos();
        }
    }

    @Inject
    CouncilsGateway gateway;

    @Inject
    ReportingConfig config;

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** Moves on whenever a council kept is read different from before: stamps made earlier no longer hold. */
    private final AtomicLong generation = new AtomicLong();

    public Lookup lookup(Collection<String> gssCodes) {
        Map<String, RemoteCouncil> found = new HashMap<>();
        // the cache's age is measured on the monotonic clock: the service's business clock says what day it is for
        // schedules, and may be set; it has no say in how old an answer from councils-service is
        Instant now = Instant.now();
        long nowNanos = System.nanoTime();
        List<String> wanted = fromCache(gssCodes, nowNanos, found);
        try {
            fetch(wanted, now, nowNanos, found);
            return new Lookup(found, true, null);
        } catch (RuntimeException e) {
            LOG.warnf("councils-service unavailable: %s", e.toString());
            return stale(wanted, found);
        }
    }

    /**
     * What a full check found ({@link #stamp}): every council as read, under this generation of the kept answers, and
     * fresh until {@code freshUntilNanos} (monotonic) at the latest.
     */
    public record Stamp(long generation, long freshUntilNanos) {
    }

    /**
     * True while nothing kept has changed since the stamp was made and its councils are all still fresh: what
     * {@link #stamp} would find again, without looking at each council. False (or a null stamp) sends the caller to
     * {@link #stamp}.
     */
    public boolean stillAsStamped(Stamp stamp) {
        return stamp != null && stamp.generation() == generation.get() && System.nanoTime() - stamp.freshUntilNanos() < 0;
    }

    /**
     * A stamp when each of these councils is kept, read within {@code reporting.councils.cache-ttl}, and the same as in
     * {@code names} (absent there: councils-service held none): what {@link #lookup} would answer without asking; else
     * null, which sends the caller to {@link #lookup}. A check over thousands of councils that allocates nothing but
     * the stamp.
     */
    public Stamp stamp(Collection<String> gssCodes, Map<String, RemoteCouncil> names) {
        // read before the councils: a change kept while they are compared moves the generation past this one
        long seen = generation.get();
        long nowNanos = System.nanoTime();
        long ttl = config.councils().cacheTtl().toNanos();
        long oldest = nowNanos;
        for (String gss : gssCodes) {
            Entry e = cache.get(gss);
            if (e == null || !e.freshFor(config.councils().cacheTtl(), nowNanos)) {
                return null;
            }
            RemoteCouncil read = names.get(gss);
            if (e.council() != read && (e.council() == null || !e.council().equals(read))) {
                return null;
            }
            oldest = e.fetchedNanos() - oldest < 0 ? e.fetchedNanos() : oldest;
        }
        return new Stamp(seen, oldest + ttl);
    }

    /** Puts the fresh answers kept into {@code found}; returns the codes to ask councils-service for. */
    private List<String> fromCache(Collection<String> gssCodes, long nowNanos, Map<String, RemoteCouncil> found) {
        List<String> wanted = new ArrayList<>();
        for (String gss : new TreeSet<>(gssCodes)) {
            Entry e = cache.get(gss);
            if (e != null && e.freshFor(config.councils().cacheTtl(), nowNanos)) {
                if (e.council() != null) {
                    found.put(gss, e.council());
                }
            } else {
                wanted.add(gss);
            }
        }
        return wanted;
    }

    /** Asks councils-service for the wanted councils, a batch at a time, keeping each answer (none included). */
    private void fetch(List<String> wanted, Instant now, long nowNanos, Map<String, RemoteCouncil> found) {
        for (int from = 0; from < wanted.size(); from += CouncilsGateway.BATCH) {
            List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + CouncilsGateway.BATCH));
            Map<String, RemoteCouncil> answered = new HashMap<>();
            for (RemoteCouncil c : gateway.councils(batch)) {
                answered.put(c.gssCode(), c);
            }
            for (String gss : batch) {
                RemoteCouncil c = answered.get(gss);
                keep(gss, new Entry(c, now, nowNanos));
                if (c != null) {
                    found.put(gss, c);
                }
            }
        }
    }

    /**
     * Keeps a council as read, unless a read that began later is kept already (lookups run concurrently and end in any
     * order). A read that differs from the one kept moves the generation before it is kept, so that no stamp made
     * earlier holds once it can be seen, and again after, so that none made while it was being kept holds either. A
     * first read moves nothing: a stamp covers only councils kept when it was made.
     */
    private void keep(String gss, Entry read) {
        boolean[] changed = {false};
        cache.compute(gss, (k, kept) -> {
            if (kept != null && kept.fetchedNanos() - read.fetchedNanos() > 0) {
                return kept;
            }
            if (kept != null && !Objects.equals(kept.council(), read.council())) {
                changed[0] = true;
                generation.incrementAndGet();
            }
            return read;
        });
        if (changed[0]) {
            generation.incrementAndGet();
        }
    }

    /** Stale if error: an answer read before the outage is better than none, and is said to be old. */
    private Lookup stale(List<String> wanted, Map<String, RemoteCouncil> found) {
        Instant oldest = null;
        int missing = 0;
        for (String gss : wanted) {
            Entry stale = cache.get(gss);
            if (stale != null && stale.council() != null && !found.containsKey(gss)) {
                found.put(gss, stale.council());
                oldest = oldest == null || stale.fetchedAt().isBefore(oldest) ? stale.fetchedAt() : oldest;
            } else if (!found.containsKey(gss)) {
                missing++;
            }
        }
        String problem = "councils-service is unavailable: "
                + (oldest == null ? "council names and current Ofsted ratings are missing"
                : "council names and current Ofsted ratings are as last read (the oldest at " + oldest + ")"
                + (missing > 0 ? ", and missing for " + missing + " council(s)" : ""));
        return new Lookup(found, false, problem);
    }
}

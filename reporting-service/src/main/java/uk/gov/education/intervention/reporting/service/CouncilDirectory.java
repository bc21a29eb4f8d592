package uk.gov.education.intervention.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Council names and current Ofsted ratings from councils-service: one batch call for up to 200
 * councils (England has about 150 with children's services, so one call in practice), whatever
 * the number of councils or submissions in a request. Answers are reused for
 * {@code reporting.councils.cache-ttl}.
 */
@ApplicationScoped
public class CouncilDirectory {

    private static final Logger LOG = Logger.getLogger(CouncilDirectory.class);

    /** The councils found; {@code complete} is false when councils-service could not be asked. */
    public record Lookup(Map<String, RemoteCouncil> councils, boolean complete, String problem) {
    }

    private record Entry(RemoteCouncil council, Instant fetchedAt) {
    }

    @Inject
    CouncilsGateway gateway;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public Lookup lookup(Collection<String> gssCodes) {
        Map<String, RemoteCouncil> found = new HashMap<>();
        List<String> wanted = new ArrayList<>();
        Instant now = clock.instant();
        for (String gss : new TreeSet<>(gssCodes)) {
            Entry e = cache.get(gss);
            // an answer stamped after now (the clock was set back) is not taken for a fresh one
            if (e != null && !e.fetchedAt().isAfter(now) && e.fetchedAt().plus(config.councils().cacheTtl()).isAfter(now)) {
                if (e.council() != null) {
                    found.put(gss, e.council());
                }
            } else {
                wanted.add(gss);
            }
        }
        try {
            for (int from = 0; from < wanted.size(); from += CouncilsGateway.BATCH) {
                List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + CouncilsGateway.BATCH));
                Map<String, RemoteCouncil> answered = new HashMap<>();
                for (RemoteCouncil c : gateway.councils(batch)) {
                    answered.put(c.gssCode(), c);
                }
                for (String gss : batch) {
                    RemoteCouncil c = answered.get(gss);
                    cache.put(gss, new Entry(c, now));
                    if (c != null) {
                        found.put(gss, c);
                    }
                }
            }
            return new Lookup(found, true, null);
        } catch (RuntimeException e) {
            LOG.warnf("councils-service unavailable: %s", e.toString());
            return new Lookup(found, false,
                    "councils-service is unavailable: council names and current Ofsted ratings are missing");
        }
    }
}

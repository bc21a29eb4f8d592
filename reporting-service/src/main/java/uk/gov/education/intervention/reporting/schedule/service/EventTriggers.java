package uk.gov.education.intervention.reporting.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.downstream.SharedCalls;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteAppointment;
import uk.gov.education.intervention.reporting.client.RemotePage;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.domain.EventFact;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recorded facts that make ON_EVENT duties due: the appointments councils-service records to
 * each trigger role, read once per role per request (every council in one list). An extension or
 * renewal of an appointment is not a new fact. When councils-service cannot answer, the
 * appointments as last read by this instance serve and the answer says so; with none read since
 * start, those items are missing.
 */
@ApplicationScoped
public class EventTriggers {

    private static final Logger LOG = Logger.getLogger(EventTriggers.class);
    /** A guard against a list that never ends: 10 pages of 200 appointments to one role. */
    private static final int MAX_PAGES = 10;

    /** Facts by council and role; roles that could not be read at all; whether every role was read now. */
    public record Result(Map<String, List<EventFact>> facts, Set<String> unknownRoles, boolean live, String problem) {
        public static final Result NONE = new Result(Map.of(), Set.of(), true, null);

        public List<EventFact> of(String council, String role) {
            return facts.getOrDefault(key(council, role), List.of());
        }

        public boolean known(String role) {
            return !unknownRoles.contains(role);
        }
    }

    private record Kept(List<EventFact> facts, OffsetDateTime readAt) {
    }

    @Inject
    CouncilsGateway councils;

    /** Appointments to a role, of one council or (council null) of every council. */
    private record Source(String role, String council) {
    }

    /** Up to this many councils in scope are read one council at a time. */
    static final int COUNCIL_BY_COUNCIL = 3;

    private final Map<Source, Kept> kept = new ConcurrentHashMap<>();

    /** Concurrent requests share one read of a source that began after they arrived. */
    private final SharedCalls<Source, List<EventFact>> reads = new SharedCalls<>();

    /**
     * The facts the ON_EVENT duties among these need (no call when there are none). {@code councils} (null: every
     * council) is the scope the duties were chosen for: up to {@link #COUNCIL_BY_COUNCIL} councils are read one by one,
     * a page each, instead of every council's appointments to the role (which grow with the country, not the request).
     */
    public Result forDuties(List<Duty> duties, Set<String> councils) {
        Set<String> roles = triggerRoles(duties);
        if (roles.isEmpty()) {
            return Result.NONE;
        }
        List<Source> sources = new ArrayList<>();
        for (String role : roles) {
            if (councils != null && councils.size() <= COUNCIL_BY_COUNCIL) {
                councils.forEach(c -> sources.add(new Source(role, c)));
            } else {
                sources.add(new Source(role, null));
            }
        }
        Map<String, List<EventFact>> facts = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        for (Source source : sources) {
            Kept k = readOrKept(source, unknown, stale);
            if (k != null) {
                k.facts().forEach(f -> facts.computeIfAbsent(key(f.councilGss(), f.roleCode()), x -> new ArrayList<>()).add(f));
            }
        }
        if (unknown.isEmpty() && stale.isEmpty()) {
            return new Result(facts, Set.of(), true, null);
        }
        return new Result(facts, Set.copyOf(unknown), false, problem(unknown, stale));
    }

    /** The source's appointments as read now, else as last read (noted in {@code stale}), else none (noted in {@code unknown}). */
    private Kept readOrKept(Source source, Set<String> unknown, List<String> stale) {
        try {
            Kept k = new Kept(reads.get(source, () -> read(source)), OffsetDateTime.now(ZoneOffset.UTC));
            kept.put(source, k);
            return k;
        } catch (RuntimeException e) {
            LOG.warnf("councils-service appointments to %s unavailable: %s", source.role(), e.toString());
            Kept k = keptFor(source);
            if (k == null) {
                unknown.add(source.role());
            } else {
                stale.add(source.role() + " as read at " + k.readAt());
            }
            return k;
        }
    }

    /**
     * The copy kept for a source whose read failed: its own, else (for one council) the council's facts in the copy of
     * every council's appointments to the role, whichever was read later.
     */
    private Kept keptFor(Source source) {
        Kept own = kept.get(source);
        Kept all = source.council() == null ? null : kept.get(new Source(source.role(), null));
        if (all == null || (own != null && !own.readAt().isBefore(all.readAt()))) {
            return own;
        }
        return new Kept(all.facts().stream().filter(f -> source.council().equals(f.councilGss())).toList(), all.readAt());
    }

    /** The roles whose appointments make the ON_EVENT duties among these due. */
    private static Set<String> triggerRoles(List<Duty> duties) {
        Set<String> roles = new TreeSet<>();
        for (Duty d : duties) {
            if (d.cadence() != null && d.cadence().type() == CadenceType.ON_EVENT && d.cadence().trigger() != null
                    && d.cadence().trigger().role() != null) {
                roles.add(d.cadence().trigger().role());
            }
        }
        return roles;
    }

    /** What is missing (roles never read) or stale (roles served from the kept copy), in words. */
    private static String problem(Set<String> unknown, List<String> stale) {
        StringBuilder problem = new StringBuilder("councils-service is unavailable: ");
        if (!unknown.isEmpty()) {
            problem.append("items that an appointment makes due (to ").append(String.join(", ", unknown))
                    .append(") cannot be computed and are missing");
        }
        if (!stale.isEmpty()) {
            problem.append(unknown.isEmpty() ? "" : "; ").append("items that an appointment makes due use the appointments to ")
                    .append(String.join(", ", stale));
        }
        return problem.toString();
    }

    private List<EventFact> read(Source source) {
        String role = source.role();
        List<EventFact> out = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            if (++pages > MAX_PAGES) {
                throw new IllegalStateException("councils-service lists more than " + MAX_PAGES + " pages of appointments to " + role);
            }
            RemotePage<RemoteAppointment> page = councils.appointments(source.council(), role, cursor);
            for (RemoteAppointment a : page.itemsOrEmpty()) {
                if (a != null && a.councilGssCode() != null && a.startsOn() != null && a.previousAppointmentId() == null
                        && role.equals(a.roleCode()) && (source.council() == null || source.council().equals(a.councilGssCode()))) {
                    out.add(new EventFact(a.councilGssCode(), role, a.startsOn(), a.id()));
                }
            }
            cursor = page.next();
        } while (cursor != null);
        return List.copyOf(out);
    }

    private static String key(String council, String role) {
        return council + "|" + role;
    }
}

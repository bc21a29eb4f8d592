package uk.gov.education.intervention.reporting.accessrequest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.accessrequest.domain.AccessRequest;
import uk.gov.education.intervention.reporting.accessrequest.repository.AccessRequestRepository;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.submission.domain.Contributors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Requests under the duties due on request (cadence ON_REQUEST: access to a council's premises,
 * documents and employees). Only those the duty names as requesters ask, as councils-service records
 * their appointments that day; the council's own staff record that a request was met. The requester,
 * and those who read the council's reports whole (the Department, the council's staff, its
 * Commissioner), read them.
 */
@ApplicationScoped
public class AccessRequestService {

    public static final String AUDIT_TYPE = "access-request";
    /** The caller is not one the duty names as a requester that day (403). */
    public static final String REQUESTER = "requester";
    /** Only the council's own staff record that a request was met (403). */
    public static final String COUNCIL_STAFF = "council-staff";
    /** The caller neither made the request nor reads the council's reports whole (403). */
    public static final String REQUEST_READER = "access-request-reader";

    /** A request to make: what access to which council, and what for. */
    public record Request(String councilGssCode, List<AccessRequest.Access> access, String details) {
    }

    /** That a request was met: on which day (null: today) and how. */
    public record Met(LocalDate metOn, String note) {
    }

    @Inject
    AccessRequestRepository requests;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DutyFeed feed;

    public AccessRequest get(UUID id) {
        AccessRequest r = requests.require(id);
        requireReader(r);
        return r;
    }

    @Transactional
    public AccessRequest create(Request body) {
        String council = body.councilGssCode();
        if (body.access().stream().distinct().count() != body.access().size()) {
            throw new InvalidInput("access", "names each of PREMISES, DOCUMENTS and EMPLOYEES at most once");
        }
        LocalDate today = access.today();
        List<Duty> onRequest = dutiesOnRequest(council, today);
        Set<String> held = access.standing(council).appointedRoles();
        for (Duty d : onRequest) {
            Set<String> as = new TreeSet<>(held);
            as.retainAll(requesters(d));
            if (!as.isEmpty()) {
                return create(body, d, as);
            }
        }
        Set<String> named = new TreeSet<>();
        onRequest.forEach(d -> named.addAll(requesters(d)));
        throw new AccessDenied(REQUESTER, "Access to council " + council + "'s premises, documents and employees is owed on request to "
                + (named.isEmpty() ? "nobody the direction names" : String.join(", ", named)) + " (" + onRequest.get(0).clause()
                + "); on " + today + " councils-service records no such appointment of yours or your organisation's for it.");
    }

    private AccessRequest create(Request body, Duty duty, Set<String> as) {
        String org = as.stream().anyMatch(Contributors::isPartnerRole) ? access.caller().organisation().orElse(null) : null;
        AccessRequest.Requester by = new AccessRequest.Requester(access.caller().subject(), identity(), as, org);
        AccessRequest r = AccessRequest.made(UUID.randomUUID(), body.councilGssCode(), duty.id(), duty.directionReference(), by,
                OffsetDateTime.now(clock), body.access(), body.details());
        requests.persistAndFlush(r);
        audit.record(AUDIT_TYPE, r.id.toString(), "requested", null, r.snapshot());
        return r;
    }

    /** The council's duties due on request in force today: 422 when there are none, 503 when directions-service cannot say. */
    private List<Duty> dutiesOnRequest(String council, LocalDate today) {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw new DependencyUnavailable("directions-service", duties.problem()
                    + ", so the duty the request is made under cannot be found. Nothing was changed; try again shortly.");
        }
        List<Duty> onRequest = duties.duties().stream()
                .filter(d -> council.equals(d.councilGssCode()) && d.cadence() != null && d.cadence().type() == CadenceType.ON_REQUEST
                        && d.inForceOn(today))
                .toList();
        if (onRequest.isEmpty()) {
            throw new RuleViolation("no-duty-on-request", "No duty on request",
                    "No direction in force for council " + council + " on " + today + " owes access on request.");
        }
        return onRequest;
    }

    private static List<String> requesters(Duty d) {
        return d.cadence().requesters() == null ? List.of() : d.cadence().requesters();
    }

    @Transactional
    public AccessRequest meet(UUID id, ExpectedVersion expected, Met body) {
        AccessRequest r = requests.requireForUpdate(id);
        requireReader(r);
        if (!access.standing(r.councilGss).ownStaff()) {
            throw new AccessDenied(COUNCIL_STAFF, "The access is owed by council " + r.councilGss + ": its own staff record that a "
                    + "request was met.");
        }
        expected.check(r.version);
        LocalDate today = access.today();
        AccessRequest.Snapshot before = r.snapshot();
        r.meet(body.metOn() == null ? today : body.metOn(), today, clock.getZone(), access.caller().subject(), body.note(),
                OffsetDateTime.now(clock));
        requests.flush();
        audit.record(AUDIT_TYPE, r.id.toString(), "met", before, r.snapshot());
        return r;
    }

    /**
     * Up to {@code rows} requests in the order made, after the cursor key (time, id): those of a
     * council, or of every council, that the caller reads.
     */
    public List<AccessRequest> list(String council, String status, List<String> after, int rows) {
        Optional<String> org = access.caller().organisation();
        AccessRequestRepository.Reader reader;
        if (council != null) {
            boolean whole = access.standing(council).wholeReport();
            if (!whole) {
                access.requireAny(council);
            }
            reader = whole ? AccessRequestRepository.Reader.EVERYONE
                    : AccessRequestRepository.Reader.own(identity(), org.orElse(null));
        } else if (!access.isDfe()) {
            reader = AccessRequestRepository.Reader.ownOr(access.wholeReportCouncils(), identity(), org.orElse(null));
        } else {
            reader = AccessRequestRepository.Reader.EVERYONE;
        }
        KeysetCursor<OffsetDateTime, UUID> cursor = KeysetCursor.read(after, OffsetDateTime::parse, UUID::fromString);
        return requests.page(council, status, reader, cursor, rows);
    }

    private void requireReader(AccessRequest r) {
        if (access.caller().hasRole(Roles.DFE_ADMIN) || access.isDfe() || ownRequest(r) || access.standing(r.councilGss).wholeReport()) {
            return;
        }
        throw new AccessDenied(REQUEST_READER, "A request for access is read by whoever made it, and by the Department, council "
                + r.councilGss + "'s own staff and its Commissioner.");
    }

    private boolean ownRequest(AccessRequest r) {
        return r.requesterIdentity.equals(identity())
                || (r.requesterOrganisation != null && access.caller().organisation().map(r.requesterOrganisation::equals).orElse(false));
    }

    private String identity() {
        return access.caller().issuer() + " " + access.caller().tokenSubject();
    }
}

package uk.gov.education.intervention.reporting.accessrequest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.accessrequest.domain.AccessRequest;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.accessrequest.repository.AccessRequestRepository;
import uk.gov.education.intervention.reporting.accessrequest.rest.AccessRequestMet;
import uk.gov.education.intervention.reporting.accessrequest.rest.AccessRequestRequest;
import uk.gov.education.intervention.reporting.accessrequest.rest.AccessRequestView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.service.AccessPolicy;
import uk.gov.education.intervention.reporting.service.Contributors;

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

    public Versioned<AccessRequestView> get(UUID id) {
        AccessRequest r = requests.findById(id);
        if (r == null) {
            throw Problems.notFound("Access request", id.toString());
        }
        requireReader(r);
        return new Versioned<>(view(r), r.version);
    }

    @Transactional
    public Versioned<AccessRequestView> create(AccessRequestRequest body) {
        String council = body.councilGssCode();
        if (body.access().stream().distinct().count() != body.access().size()) {
            throw Problems.invalidField("access", "names each of PREMISES, DOCUMENTS and EMPLOYEES at most once");
        }
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw Problems.dependencyUnavailable("directions-service", duties.problem()
                    + ", so the duty the request is made under cannot be found. Nothing was changed; try again shortly.");
        }
        LocalDate today = access.today();
        List<Duty> onRequest = duties.duties().stream()
                .filter(d -> council.equals(d.councilGssCode()) && d.cadence() != null && d.cadence().type() == CadenceType.ON_REQUEST
                        && d.inForceOn(today))
                .toList();
        if (onRequest.isEmpty()) {
            throw Problems.ruleViolated("no-duty-on-request", "No duty on request",
                    "No direction in force for council " + council + " on " + today + " owes access on request.");
        }
        Set<String> held = access.standing(council).appointedRoles();
        Duty duty = null;
        Set<String> as = new TreeSet<>();
        for (Duty d : onRequest) {
            List<String> requesters = d.cadence().requesters() == null ? List.of() : d.cadence().requesters();
            Set<String> match = new TreeSet<>(held);
            match.retainAll(requesters);
            if (!match.isEmpty()) {
                duty = d;
                as = match;
                break;
            }
        }
        if (duty == null) {
            Set<String> named = new TreeSet<>();
            onRequest.forEach(d -> named.addAll(d.cadence().requesters() == null ? List.of() : d.cadence().requesters()));
            throw Problems.forbidden(REQUESTER, "Access to council " + council + "'s premises, documents and employees is owed on request to "
                    + (named.isEmpty() ? "nobody the direction names" : String.join(", ", named)) + " (" + onRequest.get(0).clause()
                    + "); on " + today + " councils-service records no such appointment of yours or your organisation's for it.");
        }
        AccessRequest r = new AccessRequest();
        r.id = UUID.randomUUID();
        r.councilGss = council;
        r.dutyId = duty.id();
        r.directionReference = duty.directionReference();
        r.requestedBy = access.caller().subject();
        r.requesterIdentity = identity();
        r.requestedAs = String.join(",", as);
        r.requesterOrganisation = as.stream().anyMatch(Contributors::isPartnerRole) ? access.caller().organisation().orElse(null) : null;
        r.requestedAt = OffsetDateTime.now(clock);
        r.premises = body.access().contains(AccessRequestRequest.Access.PREMISES);
        r.documents = body.access().contains(AccessRequestRequest.Access.DOCUMENTS);
        r.employees = body.access().contains(AccessRequestRequest.Access.EMPLOYEES);
        r.details = body.details().strip();
        requests.persistAndFlush(r);
        AccessRequestView after = view(r);
        audit.record(AUDIT_TYPE, r.id.toString(), "requested", null, after);
        return new Versioned<>(after, r.version);
    }

    @Transactional
    public Versioned<AccessRequestView> meet(UUID id, String ifMatch, AccessRequestMet body) {
        AccessRequest r = requests.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw Problems.notFound("Access request", id.toString());
        }
        requireReader(r);
        if (!access.standing(r.councilGss).ownStaff()) {
            throw Problems.forbidden(COUNCIL_STAFF, "The access is owed by council " + r.councilGss + ": its own staff record that a "
                    + "request was met.");
        }
        ETags.requireMatch(ifMatch, r.version);
        if (r.metOn != null) {
            throw Problems.conflict("access-request-met", "Access request " + id + " was already met on " + r.metOn + ".");
        }
        LocalDate today = access.today();
        LocalDate metOn = body == null || body.metOn() == null ? today : body.metOn();
        LocalDate requestedOn = r.requestedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        if (metOn.isAfter(today)) {
            throw Problems.invalidField("metOn", "must not be after today (" + today + ")");
        }
        if (metOn.isBefore(requestedOn)) {
            throw Problems.invalidField("metOn", "must not be before the request was made (" + requestedOn + ")");
        }
        AccessRequestView before = view(r);
        r.metOn = metOn;
        r.metBy = access.caller().subject();
        r.metNote = body == null || body.note() == null || body.note().isBlank() ? null : body.note().strip();
        r.metRecordedAt = OffsetDateTime.now(clock);
        requests.flush();
        AccessRequestView after = view(r);
        audit.record(AUDIT_TYPE, r.id.toString(), "met", before, after);
        return new Versioned<>(after, r.version);
    }

    public Page<AccessRequestView> list(String council, String status, PageRequest page) {
        Filters f = new Filters();
        if ("OPEN".equals(status)) {
            f.and("metOn is null", Map.of());
        } else if ("MET".equals(status)) {
            f.and("metOn is not null", Map.of());
        }
        Map<String, Object> own = new HashMap<>();
        own.put("me", identity());
        if (council != null) {
            f.and("councilGss = :council", "council", council);
            if (!access.standing(council).wholeReport()) {
                access.requireAny(council);
                f.and(ownClause(own), own);
            }
        } else if (!access.isDfe()) {
            Set<String> whole = access.wholeReportCouncils();
            own.put("whole", whole.isEmpty() ? Set.of("-") : whole);
            f.and("(councilGss in :whole or " + ownClause(own) + ")", own);
        }
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            try {
                f.and("(requestedAt > :ka or (requestedAt = :ka and id > :kid))",
                        Map.of("ka", OffsetDateTime.parse(key.get(0)), "kid", UUID.fromString(key.get(1))));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        List<AccessRequest> rows = requests.find(f.where() + " order by requestedAt, id", f.params()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, r -> List.of(r.requestedAt, r.id), AccessRequestService::view);
    }

    /** The requests the caller made, or its organisation made through its appointment. */
    private String ownClause(Map<String, Object> params) {
        Optional<String> org = access.caller().organisation();
        if (org.isPresent()) {
            params.put("org", org.get());
            return "(requesterIdentity = :me or requesterOrganisation = :org)";
        }
        return "requesterIdentity = :me";
    }

    private void requireReader(AccessRequest r) {
        if (access.caller().hasRole(Roles.DFE_ADMIN) || access.isDfe() || ownRequest(r) || access.standing(r.councilGss).wholeReport()) {
            return;
        }
        throw Problems.forbidden(REQUEST_READER, "A request for access is read by whoever made it, and by the Department, council "
                + r.councilGss + "'s own staff and its Commissioner.");
    }

    private boolean ownRequest(AccessRequest r) {
        return r.requesterIdentity.equals(identity())
                || (r.requesterOrganisation != null && access.caller().organisation().map(r.requesterOrganisation::equals).orElse(false));
    }

    private String identity() {
        return access.caller().issuer() + " " + access.caller().tokenSubject();
    }

    static AccessRequestView view(AccessRequest r) {
        List<String> what = new ArrayList<>();
        if (r.premises) {
            what.add("PREMISES");
        }
        if (r.documents) {
            what.add("DOCUMENTS");
        }
        if (r.employees) {
            what.add("EMPLOYEES");
        }
        return new AccessRequestView(r.id, r.councilGss, r.dutyId, r.directionReference, r.requestedBy,
                Arrays.asList(r.requestedAs.split(",")), r.requesterOrganisation, r.requestedAt, what, r.details,
                r.metOn == null ? "OPEN" : "MET", r.metOn, r.metBy, r.metNote);
    }
}

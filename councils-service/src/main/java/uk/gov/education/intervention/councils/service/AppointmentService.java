package uk.gov.education.intervention.councils.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.HolderKind;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.domain.RecordStatus;
import uk.gov.education.intervention.councils.domain.Role;
import uk.gov.education.intervention.councils.repository.AppointmentRepository;
import uk.gov.education.intervention.councils.repository.CouncilRepository;
import uk.gov.education.intervention.councils.repository.InspectionRepository;
import uk.gov.education.intervention.councils.repository.RoleRepository;
import uk.gov.education.intervention.councils.rest.AppointmentRequest;
import uk.gov.education.intervention.councils.rest.AppointmentView;
import uk.gov.education.intervention.councils.rest.EndRequest;
import uk.gov.education.intervention.councils.rest.InstrumentView;
import uk.gov.education.intervention.councils.rest.RenewalRequest;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appointments and their rules: the holder suits the role, the dates are in order, nobody holds
 * the same role for the same council twice at once, and an Improvement Advisor is a local
 * authority that Ofsted rated good or outstanding on the appointment date.
 */
@ApplicationScoped
public class AppointmentService {

    public static final String AUDIT_TYPE = "appointment";

    @Inject
    AppointmentRepository appointments;

    @Inject
    RoleRepository roles;

    @Inject
    CouncilRepository councilRepository;

    @Inject
    CouncilService councils;

    @Inject
    InspectionRepository inspections;

    @Inject
    PartyService parties;

    @Inject
    AuditLog audit;

    public record Query(String councilGss, String roleCode, UUID personId, UUID organisationId, LocalDate activeOn) {
    }

    public Appointment require(UUID id) {
        Appointment a = appointments.findById(id);
        if (a == null) {
            throw Problems.notFound("Appointment", id.toString());
        }
        return a;
    }

    /**
     * The appointment, locked until the transaction ends: two changes sent with the same ETag then meet here,
     * one after the other, and the second fails its If-Match check (412) instead of its write.
     */
    private Appointment requireForChange(UUID id) {
        Appointment a = appointments.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw Problems.notFound("Appointment", id.toString());
        }
        return a;
    }

    public Versioned<AppointmentView> get(UUID id) {
        Appointment a = require(id);
        return new Versioned<>(view(a, successorOf(a)), a.version);
    }

    /** Appointments in order of start date; every filter is optional. */
    public Page<AppointmentView> list(Query q, PageRequest page) {
        if (q.councilGss() != null) {
            councils.require(q.councilGss());
        }
        Filters f = new Filters()
                .and("council.gssCode = :gss", "gss", q.councilGss())
                .and("role.code = :role", "role", q.roleCode())
                .and("person.id = :person", "person", q.personId())
                .and("organisation.id = :org", "org", q.organisationId())
                .and("countsFrom <= :on and (endsOn is null or endsOn >= :on)", "on", q.activeOn());
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            try {
                f.and("(countsFrom > :ks or (countsFrom = :ks and id > :kid))",
                        Map.of("ks", LocalDate.parse(key.get(0)), "kid", UUID.fromString(key.get(1))));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        List<Appointment> rows = appointments.find(f.where() + " order by countsFrom, id", f.params())
                .page(0, page.fetchSize()).list();
        Map<UUID, UUID> successors = successorsOf(rows);
        return Page.of(rows, page, a -> List.of(a.countsFrom, a.id), a -> view(a, successors.get(a.id)));
    }

    @Transactional
    public Versioned<AppointmentView> create(AppointmentRequest r) {
        Role role = roles.findByIdOptional(r.roleCode()).orElseThrow(() -> Problems.invalidField("roleCode",
                "'" + r.roleCode() + "' is not a role; see GET /v1/roles"));
        Council council = councilFor(role, r.councilGssCode());
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.role = role;
        a.council = council;
        setHolder(a, role, r.personId(), r.organisationId());
        a.source = Provenance.source("source", r.source());
        setStart(a, r.startsOn(), r.startsOnBasis(), r.knownFrom());
        a.endsOn = r.endsOn();
        a.endsOnBasis = Provenance.basisOf("endsOn", r.endsOn(), r.endsOnBasis());
        Provenance.requireSourceIfInferred(a.source, "source", a.startsOnBasis, a.endsOnBasis);
        a.basis = AppointmentBasis.APPOINTMENT;
        setInstrument(a, r.instrument());
        a.notes = InspectionService.blankToNull(r.notes());
        checkRules(a, null);
        appointments.persistAndFlush(a);
        AppointmentView after = view(a, null);
        audit.record(AUDIT_TYPE, a.id.toString(), "created", null, after);
        return new Versioned<>(after, a.version);
    }

    @Transactional
    public Versioned<AppointmentView> end(UUID id, String ifMatch, EndRequest r) {
        Appointment a = lockedForChange(id, ifMatch);
        if (a.endsOn != null && a.endsOn.isBefore(r.endsOn())) {
            throw Problems.conflict("appointment-ended", "Appointment " + id + " already ended on " + a.endsOn
                    + "; to continue it, record an extension or re-appointment.");
        }
        requireInOrder(a.countsFrom, r.endsOn());
        DateBasis endsOnBasis = Provenance.basisOf("endsOn", r.endsOn(), r.endsOnBasis());
        AppointmentView before = view(a, successorOf(a));
        a.endsOn = r.endsOn();
        a.endsOnBasis = endsOnBasis;
        a.endReason = r.reason().trim();
        appointments.flush();
        AppointmentView after = view(a, successorOf(a));
        audit.record(AUDIT_TYPE, a.id.toString(), "ended", before, after);
        return new Versioned<>(after, a.version);
    }

    /**
     * Extends or renews an appointment: a new appointment of the same holder, role and council
     * starts, linked to the old one, which ends the day before if it would otherwise run on.
     */
    @Transactional
    public Versioned<AppointmentView> renew(UUID id, String ifMatch, RenewalRequest r) {
        if (r.basis() == AppointmentBasis.APPOINTMENT) {
            throw Problems.invalidField("basis", "must be EXTENSION or RE_APPOINTMENT");
        }
        Appointment current = lockedForChange(id, ifMatch);
        if (successorOf(current) != null) {
            throw Problems.conflict("appointment-already-renewed", "Appointment " + id
                    + " has already been extended or renewed; renew the latest one (" + successorOf(current) + ").");
        }
        if (!r.startsOn().isAfter(current.countsFrom)) {
            throw Problems.ruleViolated("appointment-dates", "Renewal must start after the appointment it follows",
                    "The renewal starts on " + r.startsOn() + ", but the appointment it follows "
                            + (current.startsOn != null ? "started on " + current.startsOn : "is known from " + current.knownFrom) + ".");
        }
        String source = Provenance.source("source", r.source());
        DateBasis startsOnBasis = Provenance.basisOf("startsOn", r.startsOn(), r.startsOnBasis());
        DateBasis endsOnBasis = Provenance.basisOf("endsOn", r.endsOn(), r.endsOnBasis());
        Provenance.requireSourceIfInferred(source, "source", startsOnBasis, endsOnBasis);
        AppointmentView currentBefore = view(current, null);
        LocalDate dayBefore = r.startsOn().minusDays(1);
        if (current.endsOn == null || current.endsOn.isAfter(dayBefore)) {
            current.endsOn = dayBefore;
            current.endsOnBasis = DateBasis.INFERRED;
            current.endReason = (r.basis() == AppointmentBasis.EXTENSION ? "Extended" : "Re-appointed")
                    + " from " + r.startsOn();
        }
        Appointment next = new Appointment();
        next.id = UUID.randomUUID();
        next.role = current.role;
        next.council = current.council;
        next.person = current.person;
        next.organisation = current.organisation;
        next.start(r.startsOn(), startsOnBasis, null);
        next.endsOn = r.endsOn();
        next.endsOnBasis = endsOnBasis;
        next.source = source;
        next.basis = r.basis();
        next.previous = current;
        setInstrument(next, r.instrument());
        next.notes = InspectionService.blankToNull(r.notes());
        checkRules(next, current.id);
        appointments.persistAndFlush(next);
        audit.record(AUDIT_TYPE, current.id.toString(), "superseded", currentBefore, view(current, next.id));
        AppointmentView after = view(next, null);
        audit.record(AUDIT_TYPE, next.id.toString(), r.basis() == AppointmentBasis.EXTENSION ? "extended" : "re-appointed", null, after);
        return new Versioned<>(after, next.version);
    }

    private Appointment lockedForChange(UUID id, String ifMatch) {
        Appointment a = requireForChange(id);
        ETags.requireMatch(ifMatch, a.version);
        if (a.council != null) {
            councilRepository.lockByGss(a.council.gssCode);
        }
        return a;
    }

    private Council councilFor(Role role, String gss) {
        if (role.councilScoped && gss == null) {
            throw Problems.invalidField("councilGssCode", "is required: " + role.name + " is held for a council");
        }
        if (!role.councilScoped && gss != null) {
            throw Problems.invalidField("councilGssCode", "must be absent: " + role.name + " is not held for a council");
        }
        if (gss == null) {
            return null;
        }
        // lock the council so that concurrent appointments to it are checked one after another
        return councilRepository.lockByGss(gss).orElseThrow(() -> Problems.notFound("Council", gss));
    }

    private void setHolder(Appointment a, Role role, UUID personId, UUID organisationId) {
        if ((personId == null) == (organisationId == null)) {
            throw Problems.invalidField(role.holderKind == HolderKind.PERSON ? "personId" : "organisationId",
                    "give exactly one of personId and organisationId (" + role.name + " is held by "
                            + (role.holderKind == HolderKind.PERSON ? "a person" : "an organisation") + ")");
        }
        if (role.holderKind == HolderKind.PERSON && personId == null) {
            throw Problems.ruleViolated("holder-kind", "Role is held by a person",
                    role.name + " is held by a person: give personId, not organisationId.");
        }
        if (role.holderKind == HolderKind.ORGANISATION && organisationId == null) {
            throw Problems.ruleViolated("holder-kind", "Role is held by an organisation",
                    role.name + " is held by an organisation: give organisationId, not personId.");
        }
        if (personId != null) {
            Person p = parties.requirePerson(personId);
            if (p.status == RecordStatus.RETIRED) {
                throw Problems.ruleViolated("holder-retired", "Holder is retired", p.displayName() + " is retired and cannot be appointed.");
            }
            a.person = p;
        } else {
            Organisation o = parties.requireOrganisation(organisationId);
            if (o.status == RecordStatus.RETIRED) {
                throw Problems.ruleViolated("holder-retired", "Holder is retired", o.name + " is retired and cannot be appointed.");
            }
            a.organisation = o;
        }
    }

    private static void setInstrument(Appointment a, InstrumentView instrument) {
        a.instrumentType = instrument.type();
        a.instrumentReference = InspectionService.blankToNull(instrument.reference());
        a.instrumentDate = instrument.date();
    }

    /** A start date with its basis, or an unknown start (no date) with the date the source shows it in place from. */
    private static void setStart(Appointment a, LocalDate startsOn, DateBasis basis, LocalDate knownFrom) {
        if (startsOn != null) {
            if (knownFrom != null) {
                throw Problems.invalidField("knownFrom", "must be absent when startsOn is given: the appointment counts from its start");
            }
            a.start(startsOn, Provenance.basisOf("startsOn", startsOn, basis), null);
            return;
        }
        if (basis != null && basis != DateBasis.UNKNOWN) {
            throw Problems.invalidField("startsOnBasis", "must be UNKNOWN (or absent) when startsOn is absent; give startsOn for a "
                    + basis + " start");
        }
        if (knownFrom == null) {
            throw Problems.invalidField("knownFrom", "is required when startsOn is absent (its start UNKNOWN): the date from which "
                    + "the source shows the appointment in place");
        }
        if (a.source == null) {
            throw Problems.invalidField("source", "is required when startsOn is absent: name the document and clause that show "
                    + "the appointment in place from knownFrom");
        }
        a.start(null, DateBasis.UNKNOWN, knownFrom);
    }

    private void checkRules(Appointment a, UUID ignoring) {
        requireInOrder(a.countsFrom, a.endsOn);
        if (Role.IMPROVEMENT_ADVISOR.equals(a.role.code)) {
            requireStrongAuthority(a.organisation, a.countsFrom);
        }
        Filters f = new Filters()
                .and("role = :role", "role", a.role)
                .and(a.council == null ? "council is null" : "council = :council", a.council == null ? Map.of() : Map.of("council", a.council))
                .and(a.person != null ? "person = :holder" : "organisation = :holder", "holder", a.person != null ? a.person : a.organisation)
                .and("id <> :ignoring", "ignoring", ignoring);
        for (Appointment other : appointments.find(f.where(), f.params()).list()) {
            if (other.overlaps(a.countsFrom, a.endsOn)) {
                throw Problems.conflict("appointment-overlap", holderName(a) + " already holds " + a.role.name
                        + (a.council == null ? "" : " for " + a.council.name) + " from " + other.countsFrom
                        + (other.endsOn == null ? " with no end date" : " to " + other.endsOn)
                        + " (appointment " + other.id + "); the same holder cannot hold the same role twice over overlapping dates.");
            }
        }
    }

    private static void requireInOrder(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw Problems.ruleViolated("appointment-dates", "An appointment cannot end before it starts",
                    "The appointment counts from " + startsOn + " (its start, or the date it is known from) but would end on " + endsOn + ".");
        }
    }

    /** Improvement Advisor: a local authority whose current overall Ofsted judgement on the date is good or outstanding. */
    private void requireStrongAuthority(Organisation o, LocalDate on) {
        String rule = "improvement-advisor-rating";
        String title = "An Improvement Advisor must be a local authority rated good or outstanding";
        if (o.kind != OrganisationKind.LOCAL_AUTHORITY || o.council == null) {
            throw Problems.ruleViolated(rule, title, o.name + " is not a local authority, so it cannot be an Improvement Advisor.");
        }
        OfstedInspection latest = inspections.latestPublished(o.council.id, on).orElse(null);
        if (latest == null) {
            throw Problems.ruleViolated(rule, title, o.name + " has no published Ofsted inspection on or before " + on
                    + ", so it is not known to be rated good or outstanding.");
        }
        if (!latest.overallEffectiveness.isGoodOrBetter()) {
            throw Problems.ruleViolated(rule, title, o.name + "'s overall Ofsted judgement on " + on + " is "
                    + latest.overallEffectiveness + " (inspection published " + latest.publishedOn
                    + "); an Improvement Advisor must be rated GOOD or OUTSTANDING.");
        }
    }

    private UUID successorOf(Appointment a) {
        return successorsOf(List.of(a)).get(a.id);
    }

    private Map<UUID, UUID> successorsOf(List<Appointment> rows) {
        Map<UUID, UUID> successors = new HashMap<>();
        if (rows.isEmpty()) {
            return successors;
        }
        appointments.find("previous.id in :ids", Parameters.with("ids", rows.stream().map(a -> a.id).toList()))
                .list().forEach(next -> successors.put(next.previous.id, next.id));
        return successors;
    }

    private static String holderName(Appointment a) {
        return a.person != null ? a.person.displayName() : a.organisation.name;
    }

    static AppointmentView view(Appointment a, UUID followedBy) {
        AppointmentView.HolderView holder = a.person != null
                ? new AppointmentView.HolderView("PERSON", a.person.id, a.person.displayName())
                : new AppointmentView.HolderView("ORGANISATION", a.organisation.id, a.organisation.name);
        return new AppointmentView(a.id, new AppointmentView.RoleRef(a.role.code, a.role.name),
                a.council == null ? null : a.council.gssCode, holder, a.startsOn, a.startsOnBasis, a.knownFrom, a.endsOn, a.endsOnBasis,
                a.basis, new InstrumentView(a.instrumentType, a.instrumentReference, a.instrumentDate),
                a.previous == null ? null : a.previous.id, followedBy, a.endReason, a.notes, a.source);
    }
}

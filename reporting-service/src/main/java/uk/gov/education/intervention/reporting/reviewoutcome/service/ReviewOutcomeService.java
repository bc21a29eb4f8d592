package uk.gov.education.intervention.reporting.reviewoutcome.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteAppointment;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;
import uk.gov.education.intervention.reporting.reviewoutcome.repository.ReviewOutcomeRepository;
import uk.gov.education.intervention.reporting.reviewoutcome.rest.ReviewOutcomeCorrection;
import uk.gov.education.intervention.reporting.reviewoutcome.rest.ReviewOutcomeRequest;
import uk.gov.education.intervention.reporting.reviewoutcome.rest.ReviewOutcomeView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.service.AccessPolicy;

/**
 * The outcomes of the reviews the directions require (the due items of duties of a review kind):
 * recorded and corrected by dfe-admin or the council's Commissioner appointed that day, read by those
 * who read the council's reports whole. Reviews are found by their duty's kind, not its code.
 */
@ApplicationScoped
public class ReviewOutcomeService {

    public static final String AUDIT_TYPE = "review-outcome";
    /** The kinds of duty whose items are reviews with an outcome. */
    public static final Set<String> REVIEW_KINDS = Set.of("PERFORMANCE_REVIEW", "PROGRESS_REVIEW", "REVIEW");

    private static final Logger LOG = Logger.getLogger(ReviewOutcomeService.class);

    @Inject
    ReviewOutcomeRepository outcomes;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    CouncilsGateway councils;

    public ReviewOutcome require(UUID id) {
        ReviewOutcome o = outcomes.findById(id);
        if (o == null) {
            throw Problems.notFound("Review outcome", id.toString());
        }
        return o;
    }

    public Versioned<ReviewOutcomeView> get(UUID id) {
        ReviewOutcome o = require(id);
        access.requireWholeReport(o.councilGss);
        return new Versioned<>(view(o), o.version);
    }

    @Transactional
    public Versioned<ReviewOutcomeView> record(ReviewOutcomeRequest r) {
        DueItemId id = DueItemId.parse(r.dueItemId()).orElseThrow(() -> Problems.invalidField("dueItemId", DueItemId.MESSAGE));
        String council = id.councilGssCode();
        requireHeldOnByToday(r.heldOn());
        access.requireOversight(council);
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw Problems.dependencyUnavailable("directions-service", duties.problem()
                    + ", so the review cannot be checked. Nothing was changed; try again shortly.");
        }
        ScheduleService.DueItem item = schedule.find(id, duties.duties())
                .orElseThrow(() -> Problems.notFound("Due item", r.dueItemId()));
        Duty duty = item.duty();
        if (!REVIEW_KINDS.contains(duty.kind())) {
            throw Problems.ruleViolated("not-a-review", "The due item is not a review",
                    r.dueItemId() + " is an item of duty " + duty.id() + " (" + duty.kind() + "); outcomes are recorded for reviews only "
                            + "(duties of kind " + String.join(", ", REVIEW_KINDS.stream().sorted().toList()) + ").");
        }
        if (item.due().withdrawn()) {
            throw Problems.ruleViolated("due-item-withdrawn", "The due item was withdrawn",
                    "Direction " + duty.directionReference() + " was revoked on " + duty.inForceUntil() + ", before " + r.dueItemId()
                            + " fell due; no review was owed.");
        }
        requireHeldOnAfterDirection(r.heldOn(), duty);
        RemoteAppointment leader = leader(council, r.ledBy(), r.heldOn());
        lock("review-outcome:" + id);
        if (outcomes.forDueItem(id.toString()).isPresent()) {
            throw Problems.conflict("review-outcome-exists", "The outcome of review " + id + " is already recorded: read it and "
                    + "correct it (PUT with its ETag) if it is wrong.");
        }
        ReviewOutcome o = new ReviewOutcome();
        o.id = UUID.randomUUID();
        o.councilGss = council;
        o.dueItemId = id.toString();
        o.dutyId = duty.id();
        o.directionReference = duty.directionReference();
        o.kind = duty.kind();
        o.dueOn = id.dueOn();
        apply(o, r.heldOn(), leader, r.ledBy().roleCode(), r.sufficientProgress(), r.recommendation(), r.summary());
        o.recordedBy = access.caller().subject();
        o.recordedAt = OffsetDateTime.now(clock);
        outcomes.persistAndFlush(o);
        ReviewOutcomeView after = view(o);
        audit.record(AUDIT_TYPE, o.id.toString(), "recorded", null, after);
        return new Versioned<>(after, o.version);
    }

    @Transactional
    public Versioned<ReviewOutcomeView> correct(UUID id, String ifMatch, ReviewOutcomeCorrection r) {
        ReviewOutcome o = outcomes.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw Problems.notFound("Review outcome", id.toString());
        }
        access.requireOversight(o.councilGss);
        ETags.requireMatch(ifMatch, o.version);
        requireHeldOnByToday(r.heldOn());
        if (r.heldOn().isBefore(directionDate(o))) {
            throw Problems.invalidField("heldOn", "must not be before the direction's date, " + directionDate(o));
        }
        RemoteAppointment leader = leader(o.councilGss, r.ledBy(), r.heldOn());
        ReviewOutcomeView before = view(o);
        apply(o, r.heldOn(), leader, r.ledBy().roleCode(), r.sufficientProgress(), r.recommendation(), r.summary());
        if (before.equals(view(o))) {
            return new Versioned<>(before, o.version);
        }
        outcomes.flush();
        ReviewOutcomeView after = view(o);
        audit.record(AUDIT_TYPE, o.id.toString(), "corrected", before, after);
        return new Versioned<>(after, o.version);
    }

    public Page<ReviewOutcomeView> list(String council, String kind, LocalDate from, LocalDate to, PageRequest page) {
        Filters f = new Filters()
                .and("heldOn >= :from", "from", from)
                .and("heldOn <= :to", "to", to)
                .and("kind = :kind", "kind", kind);
        if (council != null) {
            access.requireWholeReport(council);
            f.and("councilGss = :council", "council", council);
        } else if (!access.isDfe()) {
            Set<String> own = access.wholeReportCouncils();
            if (own.isEmpty()) {
                return new Page<>(List.of(), null, page.limit());
            }
            f.and("councilGss in :own", Map.of("own", own));
        }
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            try {
                f.and("(heldOn > :kd or (heldOn = :kd and id > :kid))",
                        Map.of("kd", LocalDate.parse(key.get(0)), "kid", UUID.fromString(key.get(1))));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        List<ReviewOutcome> rows = outcomes.find(f.where() + " order by heldOn, id", f.params()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, o -> List.of(o.heldOn, o.id), ReviewOutcomeService::view);
    }

    private void requireHeldOnByToday(LocalDate heldOn) {
        if (heldOn.isAfter(access.today())) {
            throw Problems.invalidField("heldOn", "must not be after today (" + access.today() + "): a review not yet held has no outcome");
        }
    }

    private static void requireHeldOnAfterDirection(LocalDate heldOn, Duty duty) {
        if (duty.directionDate() != null && heldOn.isBefore(duty.directionDate())) {
            throw Problems.invalidField("heldOn", "must not be before the direction's date, " + duty.directionDate());
        }
    }

    private static LocalDate directionDate(ReviewOutcome o) {
        return LocalDate.parse(o.directionReference.substring(10));
    }

    /**
     * The appointment of the review's leader in force on the day it was held, as councils-service
     * records it: 422 when nobody held the role then (or several did and none was chosen), 503 when
     * councils-service cannot say.
     */
    private RemoteAppointment leader(String council, ReviewOutcomeRequest.Leader asked, LocalDate heldOn) {
        List<RemoteAppointment> held;
        try {
            held = councils.appointmentsOn(council, asked.roleCode(), heldOn).stream()
                    .filter(a -> a != null && a.id() != null && asked.roleCode().equals(a.roleCode()) && council.equals(a.councilGssCode()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.warnf("cannot ask councils-service who held %s for %s: %s", asked.roleCode(), council, e.toString());
            throw Problems.dependencyUnavailable("councils-service", "Who led the review is checked against the appointments "
                    + "councils-service records, and councils-service is unavailable. Nothing was changed; try again shortly.");
        }
        if (asked.appointmentId() != null) {
            return held.stream().filter(a -> asked.appointmentId().toString().equals(a.id())).findFirst()
                    .orElseThrow(() -> Problems.ruleViolated("review-leader-not-appointed", "The leader was not appointed that day",
                            "councils-service records no appointment " + asked.appointmentId() + " to " + asked.roleCode()
                                    + " for council " + council + " in force on " + heldOn + "."));
        }
        if (held.isEmpty()) {
            throw Problems.ruleViolated("review-leader-not-appointed", "The leader was not appointed that day",
                    "councils-service records nobody as " + asked.roleCode() + " for council " + council + " on " + heldOn
                            + ", the day the review was held.");
        }
        if (held.size() > 1) {
            throw Problems.ruleViolated("review-leader-ambiguous", "Several held the role that day",
                    held.size() + " appointments to " + asked.roleCode() + " for council " + council + " were in force on " + heldOn
                            + " (" + String.join(", ", held.stream().map(RemoteAppointment::id).toList())
                            + "): name the leader's in ledBy.appointmentId.");
        }
        return held.get(0);
    }

    private static void apply(ReviewOutcome o, LocalDate heldOn, RemoteAppointment leader, String role, boolean sufficient,
                              ReviewRecommendation recommendation, String summary) {
        o.heldOn = heldOn;
        o.ledByRole = role;
        o.ledByAppointmentId = leader.id();
        o.ledByHolderKind = leader.holder() == null ? null : leader.holder().kind();
        o.ledByHolderId = leader.holder() == null ? null : leader.holder().id();
        o.ledByHolderName = leader.holder() == null ? null : leader.holder().name();
        o.sufficientProgress = sufficient;
        o.recommendation = recommendation;
        o.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    private void lock(String name) {
        outcomes.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name).getSingleResult();
    }

    static ReviewOutcomeView view(ReviewOutcome o) {
        return new ReviewOutcomeView(o.id, o.councilGss, o.dueItemId, o.dutyId, o.directionReference, o.kind, o.dueOn, o.heldOn,
                new ReviewOutcomeView.Leader(o.ledByRole, o.ledByAppointmentId, o.ledByHolderKind, o.ledByHolderId, o.ledByHolderName),
                o.sufficientProgress, o.recommendation.name(), o.summary, o.recordedBy, o.recordedAt);
    }
}

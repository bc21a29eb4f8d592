package uk.gov.education.intervention.reporting.reviewoutcome.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteAppointment;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcomeEvent;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;
import uk.gov.education.intervention.reporting.reviewoutcome.repository.ReviewOutcomeRepository;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    /** Who led a review: a role for the council and, when several held it that day, which appointment. */
    public record LeaderRef(String roleCode, UUID appointmentId) {
    }

    /** What a review found; {@code dueItemId} names the review when an outcome is first recorded. */
    public record Outcome(LocalDate heldOn, LeaderRef ledBy, boolean sufficientProgress, ReviewRecommendation recommendation,
                          String summary) {
    }

    /** Which outcomes a list covers; every filter is optional. */
    public record Query(String council, String kind, LocalDate from, LocalDate to) {
    }

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

    @Inject
    Event<ReviewOutcomeEvent> events;

    public ReviewOutcome get(UUID id) {
        ReviewOutcome o = outcomes.require(id);
        access.requireWholeReport(o.councilGss);
        return o;
    }

    /** Reviews held between the two days (inclusive), of these councils (null: every council). */
    public List<ReviewOutcome> heldBetween(Collection<String> councils, LocalDate from, LocalDate to) {
        return outcomes.heldBetween(councils, from, to);
    }

    @Transactional
    public ReviewOutcome record(String dueItemId, Outcome r) {
        DueItemId id = DueItemId.parse(dueItemId).orElseThrow(() -> new InvalidInput("dueItemId", DueItemId.MESSAGE));
        String council = id.councilGssCode();
        ReviewOutcome.requireHeldBy(r.heldOn(), access.today());
        access.requireOversight(council);
        Duty duty = reviewDuty(id, dueItemId);
        ReviewOutcome.requireHeldSince(r.heldOn(), duty.directionDate());
        ReviewOutcome.Leader leader = leader(council, r.ledBy(), r.heldOn());
        outcomes.lockFor("review-outcome:" + id);
        if (outcomes.forDueItem(id.toString()).isPresent()) {
            throw new Conflict("review-outcome-exists", "The outcome of review " + id + " is already recorded: read it and "
                    + "correct it (PUT with its ETag) if it is wrong.");
        }
        ReviewOutcome.Review review = new ReviewOutcome.Review(council, id.toString(), duty.id(), duty.directionReference(),
                duty.kind(), id.dueOn());
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReviewOutcome o = ReviewOutcome.recorded(UUID.randomUUID(), review, finding(r, leader), access.today(),
                access.caller().subject(), now);
        outcomes.persistAndFlush(o);
        audit.record(AUDIT_TYPE, o.id.toString(), "recorded", null, o.snapshot());
        events.fire(new ReviewOutcomeEvent(ReviewOutcomeEvent.Kind.RECORDED, o, access.caller().subject(), now));
        return o;
    }

    /** The duty of the review a due item names: 404 when no such item, 422 when it is no review or was withdrawn. */
    private Duty reviewDuty(DueItemId id, String dueItemId) {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw new DependencyUnavailable("directions-service", duties.problem()
                    + ", so the review cannot be checked. Nothing was changed; try again shortly.");
        }
        ScheduleService.DueItem item = schedule.find(id, duties.duties())
                .orElseThrow(() -> new NotFound("Due item", dueItemId));
        Duty duty = item.duty();
        if (!REVIEW_KINDS.contains(duty.kind())) {
            throw new RuleViolation("not-a-review", "The due item is not a review",
                    dueItemId + " is an item of duty " + duty.id() + " (" + duty.kind() + "); outcomes are recorded for reviews only "
                            + "(duties of kind " + String.join(", ", REVIEW_KINDS.stream().sorted().toList()) + ").");
        }
        if (item.due().withdrawn()) {
            throw new RuleViolation("due-item-withdrawn", "The due item was withdrawn",
                    "Direction " + duty.directionReference() + " was revoked on " + duty.inForceUntil() + ", before " + dueItemId
                            + " fell due; no review was owed.");
        }
        return duty;
    }

    @Transactional
    public ReviewOutcome correct(UUID id, ExpectedVersion expected, Outcome r) {
        ReviewOutcome o = outcomes.requireForUpdate(id);
        access.requireOversight(o.councilGss);
        expected.check(o.version);
        ReviewOutcome.requireHeldBy(r.heldOn(), access.today());
        ReviewOutcome.requireHeldSince(r.heldOn(), o.directionDate());
        ReviewOutcome.Leader leader = leader(o.councilGss, r.ledBy(), r.heldOn());
        ReviewOutcome.Snapshot before = o.snapshot();
        if (!o.correct(finding(r, leader), access.today())) {
            return o;
        }
        outcomes.flush();
        audit.record(AUDIT_TYPE, o.id.toString(), "corrected", before, o.snapshot());
        events.fire(new ReviewOutcomeEvent(ReviewOutcomeEvent.Kind.CORRECTED, o, access.caller().subject(), OffsetDateTime.now(clock)));
        return o;
    }

    /** Up to {@code rows} outcomes in order of the day held, after the cursor key (day, id). */
    public List<ReviewOutcome> list(Query q, List<String> after, int rows) {
        Set<String> among = null;
        if (q.council() != null) {
            access.requireWholeReport(q.council());
        } else if (!access.isDfe()) {
            among = access.wholeReportCouncils();
            if (among.isEmpty()) {
                return List.of();
            }
        }
        KeysetCursor<LocalDate, UUID> cursor = KeysetCursor.read(after, LocalDate::parse, UUID::fromString);
        return outcomes.page(q.council(), among, q.kind(), q.from(), q.to(), cursor, rows);
    }

    private static ReviewOutcome.Finding finding(Outcome r, ReviewOutcome.Leader leader) {
        return new ReviewOutcome.Finding(r.heldOn(), leader, r.sufficientProgress(), r.recommendation(), r.summary());
    }

    /**
     * The appointment of the review's leader in force on the day it was held, as councils-service
     * records it: 422 when nobody held the role then (or several did and none was chosen), 503 when
     * councils-service cannot say.
     */
    private ReviewOutcome.Leader leader(String council, LeaderRef asked, LocalDate heldOn) {
        List<RemoteAppointment> held;
        try {
            held = councils.appointmentsOn(council, asked.roleCode(), heldOn).stream()
                    .filter(a -> a != null && a.id() != null && asked.roleCode().equals(a.roleCode()) && council.equals(a.councilGssCode()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.warnf("cannot ask councils-service who held %s for %s: %s", asked.roleCode(), council, e.toString());
            throw new DependencyUnavailable("councils-service", "Who led the review is checked against the appointments "
                    + "councils-service records, and councils-service is unavailable. Nothing was changed; try again shortly.");
        }
        if (asked.appointmentId() != null) {
            return held.stream().filter(a -> asked.appointmentId().toString().equals(a.id())).findFirst()
                    .map(a -> leader(asked.roleCode(), a))
                    .orElseThrow(() -> new RuleViolation("review-leader-not-appointed", "The leader was not appointed that day",
                            "councils-service records no appointment " + asked.appointmentId() + " to " + asked.roleCode()
                                    + " for council " + council + " in force on " + heldOn + "."));
        }
        if (held.isEmpty()) {
            throw new RuleViolation("review-leader-not-appointed", "The leader was not appointed that day",
                    "councils-service records nobody as " + asked.roleCode() + " for council " + council + " on " + heldOn
                            + ", the day the review was held.");
        }
        if (held.size() > 1) {
            throw new RuleViolation("review-leader-ambiguous", "Several held the role that day",
                    held.size() + " appointments to " + asked.roleCode() + " for council " + council + " were in force on " + heldOn
                            + " (" + String.join(", ", held.stream().map(RemoteAppointment::id).toList())
                            + "): name the leader's in ledBy.appointmentId.");
        }
        return leader(asked.roleCode(), held.get(0));
    }

    private static ReviewOutcome.Leader leader(String role, RemoteAppointment a) {
        return a.holder() == null ? new ReviewOutcome.Leader(role, a.id(), null, null, null)
                : new ReviewOutcome.Leader(role, a.id(), a.holder().kind(), a.holder().id(), a.holder().name());
    }
}

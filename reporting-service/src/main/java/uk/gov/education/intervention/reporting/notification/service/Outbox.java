package uk.gov.education.intervention.reporting.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.reporting.notification.domain.EventType;
import uk.gov.education.intervention.reporting.notification.domain.WebhookEvent;
import uk.gov.education.intervention.reporting.notification.repository.DeliveryRepository;
import uk.gov.education.intervention.reporting.notification.repository.EventRepository;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcomeEvent;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionEvent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox. Events of a write are observed synchronously, inside the write's transaction
 * (the observers join it: {@code MANDATORY}), and stored with a pending delivery for each subscription they
 * concern: they commit with the write or not at all. The dispatcher sends them after the commit.
 * A webhook's body is {@code {"type", "timestamp", "data"}}; its data names records and links to them, and
 * carries none of a report's text.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EventRepository events;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void onSubmission(@Observes SubmissionEvent e) {
        EventType type = switch (e.kind()) {
            case RECEIVED -> EventType.SUBMISSION_RECEIVED;
            case RETURNED -> EventType.SUBMISSION_RETURNED;
            case ACCEPTED -> EventType.SUBMISSION_ACCEPTED;
        };
        Submission s = e.submission();
        ObjectNode data = mapper.createObjectNode()
                .put("submissionId", s.id.toString())
                .put("councilGssCode", s.councilGss)
                .put("dueItemId", s.dueItemId)
                .put("title", s.title)
                .put("status", s.status.name())
                .put("versionNumber", e.versionNumber())
                .put("link", "/v1/submissions/" + s.id);
        record(type, s.councilGss, data, e.at());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onReviewOutcome(@Observes ReviewOutcomeEvent e) {
        ReviewOutcome o = e.outcome();
        EventType type = e.kind() == ReviewOutcomeEvent.Kind.RECORDED ? EventType.REVIEW_FINDING_RECORDED
                : EventType.REVIEW_FINDING_CORRECTED;
        ObjectNode data = mapper.createObjectNode()
                .put("reviewOutcomeId", o.id.toString())
                .put("councilGssCode", o.councilGss)
                .put("dueItemId", o.dueItemId)
                .put("heldOn", o.heldOn.toString())
                .put("sufficientProgress", o.sufficientProgress)
                .put("recommendation", o.recommendation.name())
                .put("link", "/v1/review-outcomes/" + o.id);
        record(type, o.councilGss, data, e.at());
    }

    /** Stores an event of a write, and a pending delivery for each subscription it concerns, in the write's transaction. */
    private void record(EventType type, String council, ObjectNode data, OffsetDateTime at) {
        WebhookEvent e = event(type, council, null, data, at, null);
        events.persist(e);
        // the fan-out flushes the session (the event's row with it) before it inserts the deliveries
        deliveries.fanOut(e, null, OffsetDateTime.now(clock));
    }

    /** An event a scan found, stored unless its once-key is already (by an earlier scan, or another replica's). */
    public record Found(WebhookEvent event, boolean isNew) {
    }

    /** Stores an event a scan found once, in the caller's transaction; makes no delivery. */
    public Found recordOnce(EventType type, String council, List<String> owedBy, ObjectNode data, String onceKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        WebhookEvent e = event(type, council, owedBy, data, now, onceKey);
        boolean inserted = events.recordOnce(e);
        return new Found(events.find("onceKey", onceKey).firstResult(), inserted);
    }

    /** Pending deliveries of a stored event to the subscriptions it concerns ({@code onlyTo} null: all), once each. */
    public int deliver(WebhookEvent e, List<UUID> onlyTo) {
        return deliveries.fanOut(e, onlyTo, OffsetDateTime.now(clock));
    }

    private WebhookEvent event(EventType type, String council, List<String> owedBy, ObjectNode data, OffsetDateTime at, String onceKey) {
        WebhookEvent e = new WebhookEvent();
        e.id = UUID.randomUUID();
        e.type = type.wire();
        e.councilGss = council;
        e.owedBy = owedBy == null ? null : String.join(",", owedBy);
        e.occurredAt = at;
        e.onceKey = onceKey;
        e.body = body(type, at, data);
        return e;
    }

    private String body(EventType type, OffsetDateTime at, ObjectNode data) {
        ObjectNode body = mapper.createObjectNode()
                .put("type", type.wire())
                .put("timestamp", at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.set("data", data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a webhook body could not be written", ex);
        }
    }
}

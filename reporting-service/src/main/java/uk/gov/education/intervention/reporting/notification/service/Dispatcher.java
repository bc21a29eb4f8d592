package uk.gov.education.intervention.reporting.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.access.domain.Holdings;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.notification.client.WebhookSender;
import uk.gov.education.intervention.reporting.notification.domain.Backoff;
import uk.gov.education.intervention.reporting.notification.domain.WebhookDelivery;
import uk.gov.education.intervention.reporting.notification.domain.WebhookEvent;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;
import uk.gov.education.intervention.reporting.notification.repository.DeliveryRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the deliveries that are due. Each batch is claimed in a short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas take different rows) that counts the attempt and pushes the row's next attempt past
 * a lease; the sending happens outside any transaction, and its answer is recorded in another. A replica
 * that dies mid-send leaves its rows to be taken again when the lease runs out: all state is in the
 * database, and a receiver may see a message twice (the same {@code webhook-id}), never lose one.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Batches one run sends at most, so that a run ends. */
    private static final int MAX_BATCHES = 50;

    private record Attempt(UUID deliveryId, WebhookSubscription subscription, WebhookEvent event, WebhookSender.Message message) {
    }

    @Inject
    DeliveryRepository deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    OwnerAccess owners;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "webhook-dispatch", every = "${reporting.webhooks.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onTimer() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries were not sent: %s", e.toString());
        }
    }

    /** Sends what is due now, batch after batch; returns how many attempts were made. */
    public int dispatch() {
        int made = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Attempt> claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.isEmpty()) {
                break;
            }
            Map<String, Holdings> asked = new HashMap<>();
            for (Attempt a : claimed) {
                attempt(a, asked);
                made++;
            }
        }
        return made;
    }

    private List<Attempt> claim() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportingConfig.Webhooks c = config.webhooks();
        Duration lease = c.connectTimeout().plus(c.readTimeout()).plus(c.leaseMargin());
        List<Attempt> out = new ArrayList<>();
        for (WebhookDelivery d : deliveries.lockDue(now, c.batchSize())) {
            d.claim(now, lease);
            WebhookEvent e = d.event;
            WebhookSubscription s = d.subscription;
            out.add(new Attempt(d.id, s, e, new WebhookSender.Message(s.url, e.messageId(), now.toEpochSecond(), e.body,
                    s.signingSecrets(now))));
        }
        return out;
    }

    private void attempt(Attempt a, Map<String, Holdings> asked) {
        boolean readable;
        try {
            readable = owners.mayRead(a.subscription(), a.event(), LocalDate.now(clock), asked);
        } catch (RuntimeException e) {
            LOG.warnf("whether a webhook subscription's owner may read an event cannot be decided: %s", e.toString());
            record(a.deliveryId(), false, new WebhookSender.Outcome(null, "not sent: whether its owner may read it cannot be decided now "
                    + "(councils-service is unavailable)"));
            return;
        }
        if (!readable) {
            // its owner may not read this event (today): nothing is sent, and its log does not show it
            QuarkusTransaction.requiringNew().run(() -> deliveries.deleteById(a.deliveryId()));
            return;
        }
        record(a.deliveryId(), true, sender.send(a.message()));
    }

    private void record(UUID deliveryId, boolean accessConfirmed, WebhookSender.Outcome outcome) {
        ReportingConfig.Webhooks c = config.webhooks();
        Backoff backoff = new Backoff(c.firstBackoff(), c.maxBackoff(), c.maxAttempts());
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = deliveries.findById(deliveryId);
            if (d != null) {
                d.attempted(accessConfirmed, outcome.status(), outcome.error(), OffsetDateTime.now(clock), backoff);
            }
        });
    }
}

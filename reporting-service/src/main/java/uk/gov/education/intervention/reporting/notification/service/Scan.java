package uk.gov.education.intervention.reporting.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.notification.domain.EventType;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;
import uk.gov.education.intervention.reporting.notification.repository.EventRepository;
import uk.gov.education.intervention.reporting.notification.repository.SubscriptionRepository;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds what no write announces: items falling due within a subscription's N days, items gone overdue, and
 * directions that appeared in (issued) or turned revoked in directions-service's duties feed. Each is
 * recorded once (its once-key), and delivered once per subscription (the outbox's unique index), however
 * often and on however many replicas the scan runs. An item gone overdue is told only to subscriptions that
 * existed when it did. The first scan ever takes the directions already there as known: only those issued
 * or revoked after it are told.
 */
@ApplicationScoped
public class Scan {

    private static final Logger LOG = Logger.getLogger(Scan.class);
    private static final String DIRECTION_KEYS = "direction.";

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    EventRepository events;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Scheduled(identity = "webhook-scan", every = "${reporting.webhooks.scan-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onTimer() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warnf("the webhook scan did not run: %s", e.toString());
        }
    }

    /** One scan; false when no copy of the duties feed was ever read, so nothing could be looked for. */
    public boolean scan() {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> directions(duties.duties()));
        QuarkusTransaction.requiringNew().run(() -> dueItems(duties.duties()));
        return true;
    }

    private void directions(List<Duty> duties) {
        boolean baseline = !events.anyKeyed(DIRECTION_KEYS);
        Map<String, Duty> byDirection = new LinkedHashMap<>();
        duties.forEach(d -> byDirection.putIfAbsent(d.directionReference(), d));
        for (Duty d : byDirection.values()) {
            if (d.councilGssCode() == null) {
                continue;
            }
            direction(EventType.DIRECTION_ISSUED, d, baseline);
            if (Duty.REVOKED.equals(d.directionStatus())) {
                direction(EventType.DIRECTION_REVOKED, d, baseline);
            }
        }
    }

    private void direction(EventType type, Duty d, boolean baseline) {
        String key = type.wire() + ":" + d.directionReference();
        if (!events.keysRecorded(List.of(key)).isEmpty()) {
            return;
        }
        ObjectNode data = mapper.createObjectNode()
                .put("directionReference", d.directionReference())
                .put("councilGssCode", d.councilGssCode())
                .put("directionDate", d.directionDate() == null ? null : d.directionDate().toString())
                .put("status", d.directionStatus())
                .put("link", "/v1/directions/" + d.directionReference());
        if (d.revokedOn() != null) {
            data.put("revokedOn", d.revokedOn().toString());
        }
        Outbox.Found found = outbox.recordOnce(type, d.councilGssCode(), null, data, key);
        if (found.isNew() && !baseline) {
            outbox.deliver(found.event(), null);
        }
    }

    private void dueItems(List<Duty> duties) {
        List<WebhookSubscription> soon = subscriptions.activeFor(EventType.DUE_SOON.wire());
        List<WebhookSubscription> overdue = subscriptions.activeFor(EventType.OVERDUE.wire());
        if (soon.isEmpty() && overdue.isEmpty()) {
            return;
        }
        LocalDate today = schedule.today();
        int reach = soon.stream().mapToInt(s -> s.dueInDays).max().orElse(0);
        Set<String> councils = councils(soon, overdue);
        schedule.statusesByCouncilGroup(duties, councils, today.plusDays(reach), group -> tellDueItems(group, soon, overdue, today));
    }

    private void tellDueItems(List<ScheduleService.DueItemStatusOn> states, List<WebhookSubscription> soon,
                              List<WebhookSubscription> overdue, LocalDate today) {
        for (ScheduleService.DueItemStatusOn st : states) {
            ScheduleService.DueItem item = st.item();
            if (!item.due().deadlineStated() || item.due().withdrawn()) {
                continue;
            }
            LocalDate dueOn = item.due().dueOn();
            if ((st.status() == DueItemStatus.DUE || st.status() == DueItemStatus.UPCOMING) && !dueOn.isBefore(today)) {
                List<UUID> to = covering(soon, item, s -> !dueOn.isAfter(today.plusDays(s.dueInDays)));
                tell(EventType.DUE_SOON, item, to);
            } else if (st.status() == DueItemStatus.OVERDUE) {
                LocalDate overdueFrom = DueItemStatusRules.deadline(dueOn, schedule.graceDays()).plusDays(1);
                List<UUID> to = covering(overdue, item,
                        s -> !s.createdAt.atZoneSameInstant(clock.getZone()).toLocalDate().isAfter(overdueFrom));
                tell(EventType.OVERDUE, item, to);
            }
        }
    }

    /** The councils the subscriptions cover; null (every council) when one is of ORGANISATION scope. */
    private static Set<String> councils(List<WebhookSubscription> a, List<WebhookSubscription> b) {
        Set<String> out = new HashSet<>();
        for (List<WebhookSubscription> list : List.of(a, b)) {
            for (WebhookSubscription s : list) {
                if (s.scope == WebhookSubscription.Scope.ORGANISATION) {
                    return null;
                }
                out.add(s.councilGss);
            }
        }
        return out;
    }

    private static List<UUID> covering(List<WebhookSubscription> subs, ScheduleService.DueItem item,
                                       java.util.function.Predicate<WebhookSubscription> when) {
        List<UUID> out = new ArrayList<>();
        for (WebhookSubscription s : subs) {
            boolean covers = s.scope == WebhookSubscription.Scope.ORGANISATION || item.councilGss().equals(s.councilGss);
            if (covers && when.test(s)) {
                out.add(s.id);
            }
        }
        return out;
    }

    private void tell(EventType type, ScheduleService.DueItem item, List<UUID> to) {
        if (to.isEmpty()) {
            return;
        }
        ObjectNode data = mapper.createObjectNode()
                .put("dueItemId", item.id().toString())
                .put("councilGssCode", item.councilGss())
                .put("dutyId", item.duty().id())
                .put("kind", item.duty().kind())
                .put("title", item.duty().title())
                .put("dueOn", item.due().dueOn().toString())
                .put("deadline", DueItemStatusRules.deadline(item.due().dueOn(), schedule.graceDays()).toString())
                .put("link", "/v1/due-items/" + item.id());
        Outbox.Found found = outbox.recordOnce(type, item.councilGss(), item.duty().providersOrEmpty(), data,
                type.wire() + ":" + item.id());
        outbox.deliver(found.event(), to);
    }
}

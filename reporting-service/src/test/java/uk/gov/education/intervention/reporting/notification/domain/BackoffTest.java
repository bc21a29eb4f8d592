package uk.gov.education.intervention.reporting.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    @Test
    void theDelayDoublesAfterEachFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), backoff.delayAfter(3));
        assertEquals(Duration.ofSeconds(480), backoff.delayAfter(5));
        assertEquals(Duration.ofMinutes(10), backoff.delayAfter(6));
        assertEquals(Duration.ofMinutes(10), backoff.delayAfter(1000));
        assertThrows(IllegalArgumentException.class, () -> backoff.delayAfter(0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
    }

    @Test
    void aDeliveryIsTriedAgainUntilItsAttemptsRunOutAndDeliveredByA2xx() {
        OffsetDateTime t = OffsetDateTime.parse("2024-01-01T12:00:00Z");
        WebhookDelivery d = new WebhookDelivery();
        d.id = UUID.randomUUID();
        d.status = WebhookDelivery.Status.PENDING;
        for (int i = 1; i <= 4; i++) {
            d.claim(t, Duration.ofMinutes(1));
            d.attempted(true, 500, null, t, backoff);
            assertEquals(WebhookDelivery.Status.PENDING, d.status);
            assertEquals(t.plus(backoff.delayAfter(i)), d.nextAttemptAt);
        }
        d.claim(t, Duration.ofMinutes(1));
        d.attempted(true, null, "ConnectException", t, backoff);
        assertEquals(WebhookDelivery.Status.FAILED, d.status);
        assertNull(d.nextAttemptAt);
        assertEquals(5, d.attempts);
        assertFalse(backoff.triesAgainAfter(5));
        assertTrue(backoff.triesAgainAfter(4));

        WebhookDelivery ok = new WebhookDelivery();
        ok.status = WebhookDelivery.Status.PENDING;
        ok.claim(t, Duration.ofMinutes(1));
        ok.attempted(true, 204, null, t, backoff);
        assertEquals(WebhookDelivery.Status.DELIVERED, ok.status);
        assertEquals(t, ok.deliveredAt);
    }
}

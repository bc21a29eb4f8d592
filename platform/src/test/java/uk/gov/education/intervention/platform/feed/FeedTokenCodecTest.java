package uk.gov.education.intervention.platform.feed;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed key ring and token codec both services use: key ids, rotation, and a token that opens one feed only. */
class FeedTokenCodecTest {

    private static final String OLD = "an-old-feed-secret-of-at-least-32-bytes";
    private static final String NEW = "a-new-feed-secret-of-at-least-32-bytes!";
    private static final FeedKeyRing.Settings A = new FeedKeyRing.Settings("a-feed-key", "A_SECRET", "A_PREVIOUS");
    private static final FeedKeyRing.Settings B = new FeedKeyRing.Settings("b-feed-key", "B_SECRET", "B_PREVIOUS");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aKeyIdIsDerivedFromTheKeyAndTheLabelAlone() {
        byte[] secret = OLD.getBytes(StandardCharsets.UTF_8);
        assertEquals(FeedKeyRing.key("a-feed-key", secret).id(), FeedKeyRing.key("a-feed-key", secret.clone()).id());
        assertTrue(FeedKeyRing.key("a-feed-key", secret).id().matches("feed-[A-Za-z0-9_-]{16}"));
        assertNotEquals(FeedKeyRing.key("a-feed-key", secret).id(), FeedKeyRing.key("b-feed-key", secret).id());
        // reporting's calendar key ids, as URLs issued before the ring moved here carry them, must not change
        assertEquals("feed-7Af2n0EZtRGnu2YV", FeedKeyRing.key("calendar-feed-key",
                "test-only-feed-secret-of-32-bytes!".getBytes(StandardCharsets.UTF_8)).id());
    }

    @Test
    void aShortSecretIsRefusedAndNoneMeansARandomKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FeedKeyRing.load(A, Optional.of("short"), List.of()));
        assertTrue(e.getMessage().contains("A_SECRET"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> FeedKeyRing.load(A, Optional.of(NEW), List.of("short")));
        FeedKeyRing random = FeedKeyRing.load(A, Optional.of(" "), List.of());
        assertTrue(random.isRandom());
        assertNotEquals(random.current().id(), FeedKeyRing.load(A, Optional.empty(), List.of()).current().id());
    }

    @Test
    void aTokenVerifiesWithItsKeyWhileListedAndOnlyForItsIssuerAudienceAndTime() {
        FeedKeyRing before = FeedKeyRing.load(A, Optional.of(OLD), List.of());
        UUID id = UUID.randomUUID();
        String token = new FeedTokenCodec("svc", "a-feed", () -> before).sign(id, "someone", NOW, NOW.plusSeconds(60));
        assertEquals(Optional.of(id), new FeedTokenCodec("svc", "a-feed", () -> before).verify(token, NOW));

        FeedKeyRing rotated = FeedKeyRing.load(A, Optional.of(NEW), List.of(OLD));
        assertEquals(Optional.of(id), new FeedTokenCodec("svc", "a-feed", () -> rotated).verify(token, NOW));
        FeedKeyRing retired = FeedKeyRing.load(A, Optional.of(NEW), List.of());
        assertEquals(Optional.empty(), new FeedTokenCodec("svc", "a-feed", () -> retired).verify(token, NOW));

        assertEquals(Optional.empty(), new FeedTokenCodec("svc", "b-feed", () -> before).verify(token, NOW));
        assertEquals(Optional.empty(), new FeedTokenCodec("other", "a-feed", () -> before).verify(token, NOW));
        // the same secret under another label: another key id, which that ring does not know
        FeedKeyRing otherLabel = FeedKeyRing.load(B, Optional.of(OLD), List.of());
        assertEquals(Optional.empty(), new FeedTokenCodec("svc", "a-feed", () -> otherLabel).verify(token, NOW));
        // expiry by the clock given, without skew
        assertEquals(Optional.empty(), new FeedTokenCodec("svc", "a-feed", () -> before).verify(token, NOW.plusSeconds(60)));
        assertEquals(Optional.empty(), new FeedTokenCodec("svc", "a-feed", () -> before).verify("not.a.jwt", NOW));
    }
}

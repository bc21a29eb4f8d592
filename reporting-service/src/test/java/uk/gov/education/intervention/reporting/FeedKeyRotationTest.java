package uk.gov.education.intervention.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.calendar.domain.FeedToken;
import uk.gov.education.intervention.reporting.calendar.repository.FeedTokenRepository;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;
import uk.gov.education.intervention.reporting.calendar.service.FeedKeys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;

/**
 * A new feed key after a rotation: it signs new subscriptions, while the key it replaced, still
 * listed among the previous ones, keeps verifying the URLs it signed; a key no longer listed
 * verifies nothing.
 */
@QuarkusTest
@TestProfile(Reconfigured.class) // NEW_SECRET current, FeedTokenTest.TEST_SECRET previous
class FeedKeyRotationTest extends StandInTest {

    static final String NEW_SECRET = "the-feed-secret-after-rotation-32-bytes";
    static final String RETIRED_SECRET = "a-feed-secret-retired-long-ago-32-bytes";

    @Inject
    FeedTokenRepository subscriptions;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    /** A subscription recorded as if issued before the rotation, with the key given. */
    private UUID recorded(String secret) {
        UUID id = UUID.randomUUID();
        Instant at = today().atStartOfDay(ZoneOffset.UTC).toInstant();
        String kid = FeedKeyRing.key(FeedKeys.SETTINGS.label(), secret.getBytes(StandardCharsets.UTF_8)).id();
        QuarkusTransaction.requiringNew().run(() -> subscriptions.persist(FeedToken.issued(id, "https://dev-only.intervention.invalid "
                + "dev-council-reporter.E06000021@example.invalid", "dev-council-reporter.E06000021@example.invalid", List.of(STOKE),
                kid, at, at.plusSeconds(86400 * 90))));
        return id;
    }

    @Test
    void theNewKeySignsAndThePreviousKeyStillVerifiesWhatItSigned() {
        String newKid = FeedKeyRing.key(FeedKeys.SETTINGS.label(), NEW_SECRET.getBytes(StandardCharsets.UTF_8)).id();
        String issued = FeedTokenTest.token(FeedTokenTest.subscribe(reporter(STOKE)));
        assertTrue(FeedTokenTest.header(issued).contains("\"kid\":\"" + newKid + "\""), FeedTokenTest.header(issued));
        FeedTokenTest.servesTheFeed(issued);

        UUID before = recorded(FeedTokenTest.TEST_SECRET);
        FeedTokenTest.servesTheFeed(FeedTokenTest.sign(FeedTokenTest.TEST_SECRET, before, "reporting-service", "calendar-feed"));
    }

    @Test
    void aKeyNoLongerListedVerifiesNothing() {
        UUID retired = recorded(RETIRED_SECRET);
        FeedTokenTest.refused(FeedTokenTest.sign(RETIRED_SECRET, retired, "reporting-service", "calendar-feed"));
    }
}

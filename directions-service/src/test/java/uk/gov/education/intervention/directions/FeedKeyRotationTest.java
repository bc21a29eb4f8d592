package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.directions.repository.FeedSubscriptionRepository;
import uk.gov.education.intervention.directions.service.FeedKeys;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/**
 * A new feed key after a rotation: it signs new subscriptions, while the key it replaced, still listed
 * in DIRECTIONS_FEED_PREVIOUS_SECRETS, keeps verifying the URLs it signed; a key no longer listed
 * verifies nothing.
 */
@QuarkusTest
@TestProfile(Reconfigured.class) // NEW_SECRET current, FeedSubscriptionTest.TEST_SECRET previous
class FeedKeyRotationTest {

    static final String NEW_SECRET = "the-atom-feed-secret-after-rotation-32-bytes";
    static final String RETIRED_SECRET = "an-atom-feed-secret-retired-long-ago-32-bytes";

    @Inject
    FeedSubscriptionRepository subscriptions;

    @Test
    void theNewKeySignsAndThePreviousKeyStillVerifiesWhatItSigned() {
        String newKid = FeedKeyRing.key(FeedKeys.SETTINGS.label(), NEW_SECRET.getBytes(StandardCharsets.UTF_8)).id();
        String issued = FeedSubscriptionTest.token(FeedSubscriptionTest.subscribe(reporter(STOKE)));
        assertTrue(FeedSubscriptionTest.header(issued).contains("\"kid\":\"" + newKid + "\""), FeedSubscriptionTest.header(issued));
        FeedSubscriptionTest.servesTheFeed(issued);

        UUID before = FeedSubscriptionTest.recorded(subscriptions, FeedSubscriptionTest.TEST_SECRET, Instant.now().plus(30, ChronoUnit.DAYS));
        FeedSubscriptionTest.servesTheFeed(FeedSubscriptionTest.sign(FeedSubscriptionTest.TEST_SECRET, before));
    }

    @Test
    void aKeyNoLongerListedVerifiesNothing() {
        UUID retired = FeedSubscriptionTest.recorded(subscriptions, RETIRED_SECRET, Instant.now().plus(30, ChronoUnit.DAYS));
        FeedSubscriptionTest.refused(FeedSubscriptionTest.sign(RETIRED_SECRET, retired));
    }
}

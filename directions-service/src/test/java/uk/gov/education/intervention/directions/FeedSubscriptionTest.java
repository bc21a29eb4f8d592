package uk.gov.education.intervention.directions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.DevTokens;
import uk.gov.education.intervention.directions.domain.FeedSubscription;
import uk.gov.education.intervention.directions.repository.FeedSubscriptionRepository;
import uk.gov.education.intervention.directions.service.FeedKeys;
import uk.gov.education.intervention.platform.audit.AuditEvent;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.person;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/**
 * Subscription URLs of the Atom feed, for feed readers that cannot send a bearer token: a signed JWT
 * of this feed's own, recorded and audited when issued, revocable on its own by its owner or a DfE
 * administrator; whatever is wrong with a token, the feed answers the same 401.
 */
@QuarkusTest
class FeedSubscriptionTest {

    /** The test profile's feed secret (application.properties). */
    static final String TEST_SECRET = "test-only-directions-feed-secret-32-bytes";
    static final String SUBSCRIPTIONS = "/v1/directions/feed/subscriptions";
    static final String FEED = "/v1/directions/feed.atom";

    @Inject
    FeedSubscriptionRepository subscriptions;

    static ExtractableResponse<Response> subscribe(RequestSpecification as) {
        return as.post(SUBSCRIPTIONS).then().statusCode(201).extract();
    }

    static String token(ExtractableResponse<Response> subscription) {
        return URI.create(subscription.path("feedUrl")).getRawQuery().substring("token=".length());
    }

    /** The feed as a feed reader follows it: no Authorization header, only the URL. */
    static void servesTheFeed(String token) {
        given().queryParam("token", token).get(FEED).then().statusCode(200).contentType(startsWith("application/atom+xml"));
    }

    /** The one refusal for every invalid token: nothing in it tells the reasons apart. */
    static void refused(String token) {
        given().queryParam("token", token).get(FEED).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:feed-token-invalid"))
                .body("detail", equalTo("This feed subscription URL is not valid. Ask for a new one with POST "
                        + "/v1/directions/feed/subscriptions."));
    }

    static String header(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
    }

    /** A feed token made here with the key given, for the subscription named, of this issuer and audience, expiring then. */
    static String sign(String secret, UUID subscription, String issuer, String audience, Instant expiry) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        String kid = FeedKeyRing.key(FeedKeys.SETTINGS.label(), key).id();
        return Jwt.issuer(issuer).audience(audience).subject("someone").claim("jti", subscription.toString())
                .issuedAt(expiry.minus(1, ChronoUnit.DAYS).getEpochSecond()).expiresAt(expiry.getEpochSecond())
                .jws().keyId(kid).algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(key, "HmacSHA256"));
    }

    static String sign(String secret, UUID subscription) {
        return sign(secret, subscription, "directions-service", "directions-feed", Instant.now().plus(1, ChronoUnit.DAYS));
    }

    /** A subscription recorded as if issued with the key given, valid until {@code expiry}. */
    static UUID recorded(FeedSubscriptionRepository repository, String secret, Instant expiry) {
        UUID id = UUID.randomUUID();
        String kid = FeedKeyRing.key(FeedKeys.SETTINGS.label(), secret.getBytes(StandardCharsets.UTF_8)).id();
        QuarkusTransaction.requiringNew().run(() -> repository.persist(FeedSubscription.issued(id, DevTokens.ISSUER + " someone",
                "someone", kid, expiry.minus(90, ChronoUnit.DAYS), expiry)));
        return id;
    }

    private static List<AuditEvent> audit(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2 order by id", "feed-subscription", id.toString()));
    }

    @Test
    void aSubscriptionIsASignedJwtRecordedAndAuditedThatAFeedReaderFollows() {
        var sub = subscribe(reporter(STOKE));
        UUID id = UUID.fromString(sub.path("id"));
        String token = token(sub);
        assertEquals(sub.path("feedUrl"), sub.header("Location"));
        assertTrue(sub.<String>path("feedUrl").matches("https?://[^/]+/v1/directions/feed\\.atom\\?token=[A-Za-z0-9_.-]+"));
        assertTrue(header(token).contains("\"alg\":\"HS256\""), header(token));
        assertTrue(header(token).matches(".*\"kid\":\"feed-[A-Za-z0-9_-]{16}\".*"), header(token));
        FeedSubscription row = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(id));
        assertTrue(header(token).contains(row.keyId));
        assertEquals(row.expiresAt.toInstant(), Instant.parse(sub.path("expiresAt")));
        assertEquals(90, ChronoUnit.DAYS.between(row.issuedAt, row.expiresAt));
        assertNull(row.revokedAt);
        List<AuditEvent> events = audit(id);
        assertEquals(List.of("issued"), events.stream().map(e -> e.action).toList());
        assertEquals("dev-council-reporter.E06000021@example.invalid", events.get(0).actor);
        assertFalse(events.get(0).changes.contains(token), "the token itself is never kept");
        servesTheFeed(token);
    }

    @Test
    void oneSubscriptionIsRevokedByItsOwnerAndTheOthersKeepWorking() {
        var revoked = subscribe(reporter(STOKE));
        var kept = subscribe(reporter(STOKE));
        String id = revoked.path("id");
        // to anyone else, even another reader of directions of the same council, it does not exist
        person("council-reporter", STOKE, "another").delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404)
                .body("type", equalTo("urn:problem-type:intervention:not-found"));
        commissioner(STOKE).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        analyst().delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        servesTheFeed(token(revoked));

        reporter(STOKE).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
        refused(token(revoked));
        servesTheFeed(token(kept));
        // again: the same answer, and the first revocation is the one recorded
        reporter(STOKE).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
        List<AuditEvent> events = audit(UUID.fromString(id));
        assertEquals(List.of("issued", "revoked"), events.stream().map(e -> e.action).toList());
        assertTrue(events.get(1).changes.contains("revokedBy"), events.get(1).changes);
    }

    @Test
    void aDfeAdministratorRevokesAnyonesSubscription() {
        var sub = subscribe(commissioner(STOKE));
        admin().delete(SUBSCRIPTIONS + "/" + sub.path("id")).then().statusCode(204);
        refused(token(sub));
        FeedSubscription row = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(UUID.fromString(sub.path("id"))));
        assertEquals("dev-dfe-admin@example.invalid", row.revokedBy);
        admin().delete(SUBSCRIPTIONS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anExpiredTokenOrSubscriptionGetsTheSame401() {
        // the subscription recorded as expired, though its token says otherwise
        UUID lapsed = recorded(subscriptions, TEST_SECRET, Instant.now().minus(1, ChronoUnit.MINUTES));
        refused(sign(TEST_SECRET, lapsed));
        // the token past its expiry, though its subscription is still valid
        UUID valid = recorded(subscriptions, TEST_SECRET, Instant.now().plus(1, ChronoUnit.DAYS));
        servesTheFeed(sign(TEST_SECRET, valid));
        refused(sign(TEST_SECRET, valid, "directions-service", "directions-feed", Instant.now().minus(1, ChronoUnit.MINUTES)));
    }

    @Test
    void anotherFeedsTokenABearerTokenOrAnAlteredOneGetsTheSame401() {
        UUID valid = recorded(subscriptions, TEST_SECRET, Instant.now().plus(1, ChronoUnit.DAYS));
        // as reporting-service's calendar signs them, and this service's issuer with the calendar's audience
        refused(sign(TEST_SECRET, valid, "reporting-service", "calendar-feed", Instant.now().plus(1, ChronoUnit.DAYS)));
        refused(sign(TEST_SECRET, valid, "directions-service", "calendar-feed", Instant.now().plus(1, ChronoUnit.DAYS)));
        // a bearer token is not a feed token
        refused(DevTokens.token("dfe-analyst"));
        // never issued, a key that is not the service's, a signature altered
        refused(sign(TEST_SECRET, UUID.randomUUID()));
        refused(sign("another-secret-of-at-least-32-bytes!!", valid));
        String token = sign(TEST_SECRET, valid);
        char second = token.charAt(token.length() - 2);
        refused(token.substring(0, token.length() - 2) + (second == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1));
        refused("not-a-jwt");
        servesTheFeed(token);
    }

    @Test
    void withoutAnyCredentialTheFeedAnswers401AndAskingForAURLNeedsABearerToken() {
        given().get(FEED).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().post(SUBSCRIPTIONS).then().statusCode(401);
        given().queryParam("token", "x".repeat(1001)).get(FEED).then().statusCode(400);
    }
}

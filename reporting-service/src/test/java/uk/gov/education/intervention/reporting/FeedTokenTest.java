package uk.gov.education.intervention.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.audit.AuditEvent;
import uk.gov.education.intervention.reporting.calendar.domain.FeedToken;
import uk.gov.education.intervention.reporting.calendar.repository.FeedTokenRepository;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;
import uk.gov.education.intervention.reporting.calendar.service.FeedKeys;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/**
 * Calendar feed tokens are signed JWTs (HS256, with the id of the key that signed them), each
 * subscription recorded and audited when issued and revocable on its own; whatever is wrong with a
 * token, the feed answers the same 401.
 */
@QuarkusTest
class FeedTokenTest extends StandInTest {

    /** The test profile's feed secret (application.properties). */
    static final String TEST_SECRET = "test-only-feed-secret-of-32-bytes!";

    @Inject
    FeedTokenRepository subscriptions;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    static ExtractableResponse<Response> subscribe(io.restassured.specification.RequestSpecification as) {
        return as.body(map("councilGssCode", STOKE)).post("/v1/calendar/subscriptions").then().statusCode(201).extract();
    }

    static String token(ExtractableResponse<Response> subscription) {
        return URI.create(subscription.path("feedUrl")).getRawQuery().substring("token=".length());
    }

    static void servesTheFeed(String token) {
        given().queryParam("token", token).get("/v1/calendar/due-items.ics").then().statusCode(200);
    }

    /** The one refusal for every invalid token: nothing in it tells the reasons apart. */
    static void refused(String token) {
        given().queryParam("token", token).get("/v1/calendar/due-items.ics").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:feed-token-invalid"))
                .body("detail", equalTo("This calendar subscription URL is not valid. Ask for a new one with POST "
                        + "/v1/calendar/subscriptions."));
    }

    static String header(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
    }

    private static List<AuditEvent> audit(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2 order by id", "calendar-subscription", id.toString()));
    }

    @Test
    void aSubscriptionIsASignedJwtRecordedAndAuditedWhenIssued() {
        var sub = subscribe(reporter(STOKE));
        UUID id = UUID.fromString(sub.path("id"));
        String token = token(sub);
        assertTrue(header(token).contains("\"alg\":\"HS256\""), header(token));
        assertTrue(header(token).matches(".*\"kid\":\"feed-[A-Za-z0-9_-]{16}\".*"), header(token));
        FeedToken row = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(id));
        assertEquals(List.of(STOKE), row.councilList());
        assertTrue(header(token).contains(row.keyId));
        assertNull(row.revokedAt);
        List<AuditEvent> events = audit(id);
        assertEquals(List.of("issued"), events.stream().map(e -> e.action).toList());
        assertEquals("dev-council-reporter.E06000021@example.invalid", events.get(0).actor);
        assertTrue(!events.get(0).changes.contains(token), "the token itself is never kept");
        servesTheFeed(token);
    }

    @Test
    void oneSubscriptionIsRevokedByItsOwnerAndTheOthersKeepWorking() {
        var revoked = subscribe(reporter(STOKE));
        var kept = subscribe(reporter(STOKE));
        String id = revoked.path("id");
        // to anyone else, even another who reads Stoke-on-Trent, it does not exist
        commissioner(STOKE).delete("/v1/calendar/subscriptions/" + id).then().statusCode(404);
        analyst().delete("/v1/calendar/subscriptions/" + id).then().statusCode(404);
        servesTheFeed(token(revoked));

        reporter(STOKE).delete("/v1/calendar/subscriptions/" + id).then().statusCode(204);
        refused(token(revoked));
        servesTheFeed(token(kept));
        // again: the same answer, and the first revocation is the one recorded
        reporter(STOKE).delete("/v1/calendar/subscriptions/" + id).then().statusCode(204);
        List<AuditEvent> events = audit(UUID.fromString(id));
        assertEquals(List.of("issued", "revoked"), events.stream().map(e -> e.action).toList());
        assertTrue(events.get(1).changes.contains("revokedBy"), events.get(1).changes);
    }

    @Test
    void aDfeAdministratorRevokesAnyonesSubscription() {
        var sub = subscribe(commissioner(STOKE));
        admin().delete("/v1/calendar/subscriptions/" + sub.path("id")).then().statusCode(204);
        refused(token(sub));
        FeedToken row = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(UUID.fromString(sub.path("id"))));
        assertEquals("dev-dfe-admin@example.invalid", row.revokedBy);
        admin().delete("/v1/calendar/subscriptions/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anExpiredAlteredUnknownOrForeignTokenGetsTheSame401() {
        var sub = subscribe(reporter(STOKE));
        String token = token(sub);
        // altered: a character of the signature changed
        char second = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (second == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        refused(altered);
        // well signed with the current key, but never issued (no such subscription recorded)
        refused(sign(TEST_SECRET, UUID.randomUUID(), "reporting-service", "calendar-feed"));
        // a key id nobody knows, and a key that is not the service's
        refused(token.replaceFirst("^[^.]+", Base64.getUrlEncoder().withoutPadding().encodeToString(
                header(token).replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"feed-unknown\"").getBytes(StandardCharsets.UTF_8))));
        refused(sign("another-secret-of-at-least-32-bytes!!", UUID.fromString(sub.path("id")), "reporting-service", "calendar-feed"));
        // a bearer token is not a feed token
        refused(uk.gov.education.intervention.devkit.DevTokens.token("dfe-analyst"));
        servesTheFeed(token);
        // past its expiry (90 days) by the service's clock
        clock.setToday(today().plusDays(91));
        refused(token);
    }

    @Test
    void aSubscriptionThatCannotBeRecordedIsNotIssued() {
        // the feed's scope is decided before anything is recorded: a council the caller does not reach stores nothing
        long before = QuarkusTransaction.requiringNew().call(() -> subscriptions.count());
        reporter(Downstream.MEDWAY).body(map("councilGssCode", STOKE)).post("/v1/calendar/subscriptions").then().statusCode(403);
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> subscriptions.count()));
    }

    /** A feed token as the service makes them, with a key given here, for the subscription named. */
    static String sign(String secret, UUID subscription, String issuer, String audience) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        String kid = FeedKeyRing.key(FeedKeys.SETTINGS.label(), key).id();
        long now = LocalDate.of(2020, 2, 10).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
        return Jwt.issuer(issuer).audience(audience).subject("someone").claim("jti", subscription.toString())
                .issuedAt(now).expiresAt(now + 86400)
                .jws().keyId(kid).algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(key, "HmacSHA256"));
    }
}

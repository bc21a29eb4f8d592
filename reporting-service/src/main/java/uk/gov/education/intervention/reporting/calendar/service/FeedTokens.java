package uk.gov.education.intervention.reporting.calendar.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.domain.NotAuthenticated;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed calendar-feed tokens. A calendar app cannot send a bearer token, so a user with a bearer
 * token asks for a subscription URL; its {@code token} parameter is
 * {@code base64url(payload).base64url(HMAC-SHA256(payload))}, where the payload names the
 * subject, the councils the feed covers (none: all, for DfE) and when it expires. The feed shows
 * only due items (no narrative), read-only. Rotating {@code reporting.feed.secret} revokes every
 * subscription URL.
 */
@ApplicationScoped
public class FeedTokens {

    private static final Logger LOG = Logger.getLogger(FeedTokens.class);

    /** What a token grants: its subject, the councils (null: all) and its expiry. */
    public record Grant(String sub, List<String> councils, long exp) {
    }

    @Inject
    ReportingConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** The HMAC key's least length: 256 bits, as many as the hash gives. */
    static final int MIN_SECRET_BYTES = 32;

    private byte[] key;

    void onStart(@Observes StartupEvent event) {
        key();
    }

    private synchronized byte[] key() {
        if (key == null) {
            if (config.feed().secret().filter(s -> !s.isBlank()).isPresent()) {
                byte[] configured = config.feed().secret().get().getBytes(StandardCharsets.UTF_8);
                if (configured.length < MIN_SECRET_BYTES) {
                    // a short key can be guessed offline from a single leaked subscription URL
                    throw new IllegalStateException("REPORTING_FEED_SECRET must be at least " + MIN_SECRET_BYTES
                            + " bytes (e.g. openssl rand -base64 32); it is " + configured.length + ".");
                }
                key = configured;
            } else {
                key = new byte[32];
                new SecureRandom().nextBytes(key);
                LOG.warn("REPORTING_FEED_SECRET is not set: calendar subscription URLs will stop working when this instance restarts.");
            }
        }
        return key;
    }

    public Instant expiry() {
        return clock.instant().plus(config.feed().tokenTtl());
    }

    public String issue(String subject, List<String> councils, Instant expiry) {
        try {
            byte[] payload = mapper.writeValueAsBytes(new Grant(subject, councils, expiry.getEpochSecond()));
            String p = Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
            return p + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(p));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The grant of a valid, unexpired token; otherwise a 401 problem. */
    public Grant verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            throw invalid();
        }
        String p = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(p), given)) {
            throw invalid();
        }
        Grant g;
        try {
            g = mapper.readValue(Base64.getUrlDecoder().decode(p), Grant.class);
        } catch (Exception e) {
            throw invalid();
        }
        if (clock.instant().getEpochSecond() > g.exp()) {
            throw new NotAuthenticated("feed-token-expired", "Feed token expired",
                    "This calendar subscription URL has expired; ask for a new one with POST /v1/calendar/subscriptions.");
        }
        return g;
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException invalid() {
        return new NotAuthenticated("feed-token-invalid", "Feed token not valid",
                "The calendar feed token is not one this service issued (or was altered). Ask for a new subscription URL "
                        + "with POST /v1/calendar/subscriptions.");
    }
}

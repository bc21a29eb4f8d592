package uk.gov.education.intervention.reporting.client;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token reporting-service sends to councils-service and directions-service.
 * <ol>
 * <li>{@code reporting.service-token.value} ({@code REPORTING_SERVICE_TOKEN}): a token issued to
 * this service by the identity provider, sent as is. For a real deployment, where the token comes
 * from the identity provider's client-credentials grant and is rotated by the platform.</li>
 * <li>{@code reporting.service-token.signing-key} ({@code REPORTING_SERVICE_SIGNING_KEY}): a PKCS#8
 * PEM key trusted by the other services; this service mints its own short-lived token
 * ({@code dfe-analyst}, read-only) and renews it before it expires. For the local stack and tests,
 * with the development key that the other services trust there.</li>
 * </ol>
 * With neither, calls go without a token and the other services refuse them: aggregates then
 * report the data as missing.
 */
@ApplicationScoped
public class ServiceTokenProvider {

    private static final Logger LOG = Logger.getLogger(ServiceTokenProvider.class);

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    private PrivateKey key;
    private String minted;
    private Instant mintedExpiry = Instant.EPOCH;

    void onStart(@Observes StartupEvent event) {
        if (config.serviceToken().value().isEmpty() && config.serviceToken().signingKey().isEmpty()) {
            LOG.warn("Neither REPORTING_SERVICE_TOKEN nor REPORTING_SERVICE_SIGNING_KEY is set: calls to councils-service and "
                    + "directions-service carry no token and will be refused.");
        }
    }

    /** The token to send, or empty when none is configured. */
    public synchronized Optional<String> token() {
        Optional<String> fixed = config.serviceToken().value().filter(v -> !v.isBlank());
        if (fixed.isPresent()) {
            return fixed;
        }
        if (config.serviceToken().signingKey().isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (minted == null || now.isAfter(mintedExpiry.minusSeconds(60))) {
            Instant expiry = now.plus(config.serviceToken().ttl());
            minted = Jwt.issuer(config.serviceToken().issuer())
                    .audience(config.serviceToken().audience())
                    .subject(config.serviceToken().subject())
                    .upn(config.serviceToken().subject())
                    .groups(Set.of(config.serviceToken().role()))
                    .claim("councils", List.of())
                    .issuedAt(now.getEpochSecond())
                    .expiresAt(expiry.getEpochSecond())
                    .jws().keyId("reporting-service")
                    .sign(signingKey());
            mintedExpiry = expiry;
        }
        return Optional.of(minted);
    }

    private PrivateKey signingKey() {
        if (key == null) {
            String location = config.serviceToken().signingKey().orElseThrow();
            try {
                key = KeyUtils.decodePrivateKey(readPem(location));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the service token signing key at " + location, e);
            }
        }
        return key;
    }

    private static String readPem(String location) throws IOException {
        String path = location.startsWith("file:") ? location.substring(5) : location;
        if (Files.isRegularFile(Path.of(path))) {
            return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
        }
        String resource = location.startsWith("classpath:") ? location.substring(10) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no such file or classpath resource");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}

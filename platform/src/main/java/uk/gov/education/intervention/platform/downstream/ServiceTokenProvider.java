package uk.gov.education.intervention.platform.downstream;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token a service sends to the other services (through {@link ServiceCredentials}), by
 * the first of these that is configured ({@link ServiceTokenConfig}):
 * <ol>
 * <li>{@code suite.service-token.client-credentials.*}: the identity provider's client-credentials
 * grant, through the Quarkus OIDC client, which keeps the token and asks for a new one before it
 * expires. For a real deployment.</li>
 * <li>{@code suite.service-token.value}: a token issued to this service, sent as is until the
 * service restarts. For a trial stack (compose).</li>
 * <li>{@code suite.service-token.signing-key}: a PKCS#8 PEM key trusted by the other services; this
 * service mints its own short-lived token ({@code dfe-analyst}, read-only, by default) and renews it
 * before it expires. For the local stack and tests, with the development key that the other
 * services trust there.</li>
 * </ol>
 * A service that sends its own token sets {@code suite.service-token.enabled=true}, and its
 * settings are then checked at start.
 * With none, calls go without a token and the other services refuse them: aggregates then report
 * the data as missing. Token lifetimes are wall-clock time, not the service's business clock.
 */
@ApplicationScoped
public class ServiceTokenProvider {

    private static final Logger LOG = Logger.getLogger(ServiceTokenProvider.class);
    /** How long a call may wait for the identity provider before it counts as failed. */
    private static final Duration GRANT_TIMEOUT = Duration.ofSeconds(2);
    /** A granted token is asked for again this long before it expires. */
    private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    @Inject
    ServiceTokenConfig config;

    @Inject
    OidcClients oidcClients;

    private PrivateKey key;
    private String minted;
    private Instant mintedExpiry = Instant.EPOCH;
    private OidcClient grantClient;
    private Tokens granted;

    void onStart(@Observes StartupEvent event) {
        ServiceTokenConfig t = config;
        if (!t.enabled()) {
            return;
        }
        if (t.clientCredentials().tokenUrl().isPresent()) {
            if (t.clientCredentials().clientId().isEmpty() || t.clientCredentials().clientSecret().isEmpty()) {
                throw new IllegalStateException("suite.service-token.client-credentials.token-url is set, so its client-id and "
                        + "client-secret must be too: " + t.subject() + " cannot get its tokens without them.");
            }
        } else if (t.value().isEmpty() && t.signingKey().isEmpty()) {
            LOG.warnf("None of suite.service-token.client-credentials.token-url, .value and .signing-key is set: calls from %s "
                    + "to the other services carry no token and will be refused.", t.subject());
        }
    }

    /** The token to send, or empty when none is configured. */
    public synchronized Optional<String> token() {
        ServiceTokenConfig t = config;
        if (t.clientCredentials().tokenUrl().isPresent()) {
            return Optional.of(granted());
        }
        Optional<String> fixed = t.value().filter(v -> !v.isBlank());
        if (fixed.isPresent()) {
            return fixed;
        }
        if (t.signingKey().isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (minted == null || now.isAfter(mintedExpiry.minusSeconds(60))) {
            Instant expiry = now.plus(t.ttl());
            minted = Jwt.issuer(t.issuer())
                    .audience(t.audience())
                    .subject(t.subject())
                    .upn(t.subject())
                    .groups(Set.of(t.role()))
                    .claim("councils", List.of())
                    .issuedAt(now.getEpochSecond())
                    .expiresAt(expiry.getEpochSecond())
                    .jws().keyId(t.subject())
                    .sign(signingKey());
            mintedExpiry = expiry;
        }
        return Optional.of(minted);
    }

    /** An access token from the client-credentials grant, asked for again when the last is (nearly) expired. */
    private String granted() {
        try {
            return grant();
        } catch (RuntimeException e) {
            throw new ServiceTokenUnavailableException("the identity provider gave " + config.subject() + " no token: " + e.getMessage(), e);
        }
    }

    private String grant() {
        if (grantClient == null) {
            ServiceTokenConfig.ClientCredentials cc = config.clientCredentials();
            var builder = OidcClientConfig.builder()
                    .id(config.subject())
                    .tokenPath(cc.tokenUrl().orElseThrow())
                    .discoveryEnabled(false)
                    .clientId(cc.clientId().orElseThrow())
                    .credentials(cc.clientSecret().orElseThrow())
                    .grant(OidcClientConfig.Grant.Type.CLIENT)
                    .connectionTimeout(GRANT_TIMEOUT);
            cc.scopes().ifPresent(builder::scopes);
            grantClient = oidcClients.newClient(builder.build()).await().atMost(GRANT_TIMEOUT);
        }
        if (granted == null || nearExpiry(granted)) {
            granted = grantClient.getTokens().await().atMost(GRANT_TIMEOUT);
        }
        return granted.getAccessToken();
    }

    /** Within a minute of its expiry (so that it does not expire on the way), or expired. */
    private static boolean nearExpiry(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        if (expiresAt == null) {
            return tokens.isAccessTokenExpired();
        }
        return Instant.now().getEpochSecond() > expiresAt - RENEWAL_MARGIN.toSeconds();
    }

    private PrivateKey signingKey() {
        if (key == null) {
            String location = config.signingKey().orElseThrow();
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

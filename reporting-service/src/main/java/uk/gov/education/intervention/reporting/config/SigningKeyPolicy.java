package uk.gov.education.intervention.reporting.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.education.intervention.platform.downstream.ServiceTokenConfig;
import uk.gov.education.intervention.platform.security.DevelopmentTrust;

import java.util.Optional;

/**
 * A key that mints tokens the other services accept ({@code REPORTING_SERVICE_SIGNING_KEY}) makes
 * whoever reads this service's pod able to act as it. Only the local stack may give it one, having
 * opted in with {@code SUITE_INSECURE_LOCAL_STACK=true}; otherwise the service refuses to start
 * and says what to use instead.
 */
@ApplicationScoped
public class SigningKeyPolicy {

    @Inject
    ServiceTokenConfig config;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        check(config.signingKey(), DevelopmentTrust.isLocalStack(ConfigProvider.getConfig()));
    }

    /** @throws IllegalStateException when a signing key is set outside a local stack */
    public static void check(Optional<String> signingKey, boolean localStack) {
        if (localStack || signingKey.filter(k -> !k.isBlank()).isEmpty()) {
            return;
        }
        throw new IllegalStateException("REPORTING_SERVICE_SIGNING_KEY (suite.service-token.signing-key) is set: a "
                + "private key that mints tokens the other services accept must not be given to reporting-service "
                + "outside a local stack. Use the identity provider's client-credentials grant (REPORTING_OIDC_TOKEN_URL, "
                + "REPORTING_OIDC_CLIENT_ID, REPORTING_OIDC_CLIENT_SECRET) or a token issued to it (REPORTING_SERVICE_TOKEN). "
                + "Only a local stack may mint its own tokens, by setting " + DevelopmentTrust.LOCAL_STACK_VARIABLE
                + "=true. The service does not start.");
    }
}

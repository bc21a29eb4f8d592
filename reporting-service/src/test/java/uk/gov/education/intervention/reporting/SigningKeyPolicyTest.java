package uk.gov.education.intervention.reporting;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.config.SigningKeyPolicy;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token-signing key only on a local stack that says it is one (the start itself is tried in deploy/e2e). */
class SigningKeyPolicyTest {

    @Test
    void aSigningKeyOutsideALocalStackIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SigningKeyPolicy.check(Optional.of("/run/secrets/signing-key.pem"), false));
        assertTrue(refused.getMessage().startsWith("REPORTING_SERVICE_SIGNING_KEY"), refused.getMessage());
        assertTrue(refused.getMessage().contains("REPORTING_OIDC_TOKEN_URL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("SUITE_INSECURE_LOCAL_STACK=true"), refused.getMessage());
    }

    @Test
    void aLocalStackMayMintAndWithoutAKeyThereIsNothingToRefuse() {
        assertDoesNotThrow(() -> SigningKeyPolicy.check(Optional.of("dev-jwt/private.pem"), true));
        assertDoesNotThrow(() -> SigningKeyPolicy.check(Optional.empty(), false));
        assertDoesNotThrow(() -> SigningKeyPolicy.check(Optional.of(" "), false));
    }
}

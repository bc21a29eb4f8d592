package uk.gov.education.intervention.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorsPolicyTest {

    @Test
    void productionRefusesAWildcardOrigin() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CorsPolicy.check(List.of("*"), true));
        assertTrue(refused.getMessage().contains("CORS_ORIGINS"), refused.getMessage());
    }

    @Test
    void productionRefusesAWildcardAmongNamedOrigins() {
        assertThrows(IllegalStateException.class,
                () -> CorsPolicy.check(List.of("https://frontend.example.gov.uk", "*"), true));
    }

    @Test
    void productionRefusesAPatternThatMatchesAnyOrigin() {
        assertThrows(IllegalStateException.class, () -> CorsPolicy.check(List.of("/https://.*/"), true));
        assertThrows(IllegalStateException.class, () -> CorsPolicy.check(List.of("https://*.gov.uk"), true));
    }

    @Test
    void productionAcceptsNamedOriginsAndNone() {
        assertDoesNotThrow(() -> CorsPolicy.check(
                List.of("https://frontend.example.gov.uk", "https://partners.example.gov.uk"), true));
        assertDoesNotThrow(() -> CorsPolicy.check(List.of(), true));
    }

    @Test
    void developmentAndTestsMayUseAWildcard() {
        assertDoesNotThrow(() -> CorsPolicy.check(List.of("*"), false));
    }
}

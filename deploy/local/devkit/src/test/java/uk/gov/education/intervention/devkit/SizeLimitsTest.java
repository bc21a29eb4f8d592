package uk.gov.education.intervention.devkit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

/**
 * No class of the devkit's production code over {@value SourceSizes#MAX_CLASS_LINES} lines, no method over
 * {@value SourceSizes#MAX_METHOD_LINES}: the limits every service's ArchitectureTest holds it to.
 */
class SizeLimitsTest {

    @Test
    void productionCodeKeepsTheSizeLimits() {
        SourceSizes.assertWithinLimits(Path.of("src", "main", "java"), Map.of());
    }
}

package uk.gov.education.intervention.platform;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.SourceSizes;

import java.nio.file.Path;
import java.util.Map;

/**
 * No class of platform's production code over {@value SourceSizes#MAX_CLASS_LINES} lines, no method over
 * {@value SourceSizes#MAX_METHOD_LINES}: the limits every service's ArchitectureTest holds it to.
 */
class SizeLimitsTest {

    @Test
    void productionCodeKeepsTheSizeLimits() {
        SourceSizes.assertWithinLimits(Path.of("src", "main", "java"), Map.of());
    }
}

package uk.gov.education.intervention.devkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A service's architecture test: a plain unit test (no Quarkus) that applies
 * {@link ArchitectureRules#all} to the service's production classes, and {@link SourceSizes}' limits
 * to its production sources. A service extends it, naming its base package and its feature packages.
 */
public abstract class ArchitectureTest {

    protected abstract String basePackage();

    /** Sub-packages of the base package that are features, each with its own layers. */
    protected List<String> features() {
        return List.of();
    }

    /**
     * What may stay over the size limits because it is a declarative table (rows of data, not logic),
     * each with why: a top-level class by its simple name, a method as {@code Type#name}.
     */
    protected Map<String, String> sizeExceptions() {
        return Map.of();
    }

    @TestFactory
    Stream<DynamicTest> theServiceKeepsTheLayerRules() {
        JavaClasses classes = ArchitectureRules.importMain(basePackage());
        List<ArchRule> rules = ArchitectureRules.all(basePackage(), features());
        Stream<DynamicTest> layers = rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
        DynamicTest sizes = DynamicTest.dynamicTest("no class in src/main/java over " + SourceSizes.MAX_CLASS_LINES
                        + " lines, no method over " + SourceSizes.MAX_METHOD_LINES,
                () -> SourceSizes.assertWithinLimits(Path.of("src", "main", "java"), sizeExceptions()));
        return Stream.concat(layers, Stream.of(sizes));
    }
}

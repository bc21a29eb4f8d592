package uk.gov.education.intervention.devkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * A service's architecture test: a plain unit test (no Quarkus) that applies
 * {@link ArchitectureRules#all} to the service's production classes. A service extends it, naming
 * its base package and its feature packages.
 */
public abstract class ArchitectureTest {

    protected abstract String basePackage();

    /** Sub-packages of the base package that are features, each with its own layers. */
    protected List<String> features() {
        return List.of();
    }

    @TestFactory
    Stream<DynamicTest> theServiceKeepsTheLayerRules() {
        JavaClasses classes = ArchitectureRules.importMain(basePackage());
        List<ArchRule> rules = ArchitectureRules.all(basePackage(), features());
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}

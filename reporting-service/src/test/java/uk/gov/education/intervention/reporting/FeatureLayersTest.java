package uk.gov.education.intervention.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.gov.education.intervention.devkit.ArchitectureRules;

import java.util.List;
import java.util.stream.Stream;

/**
 * The layer rules, for the features already reorganised (submission, access): their services and
 * domain use no rest class and nothing of HTTP, and their domain nothing of the framework. The
 * whole service's ArchitectureTest supersedes this once every feature has its layers.
 */
class FeatureLayersTest {

    private static final String BASE = "uk.gov.education.intervention.reporting";

    @TestFactory
    Stream<DynamicTest> theReorganisedFeaturesKeepTheLayerRules() {
        JavaClasses classes = ArchitectureRules.importMain(BASE);
        return Stream.of("submission", "access").flatMap(feature -> {
            String home = BASE + "." + feature;
            List<ArchRule> rules = List.of(ArchitectureRules.serviceAndDomainDoNotUseRest(home),
                    ArchitectureRules.serviceAndDomainKnowNothingOfHttp(home),
                    ArchitectureRules.domainKnowsNothingOfTheFramework(home),
                    ArchitectureRules.noOtherServicesClasses(BASE));
            return rules.stream().map(rule -> DynamicTest.dynamicTest(feature + ": " + rule.getDescription(),
                    () -> rule.check(classes)));
        });
    }
}

package uk.gov.education.intervention.devkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each architecture rule fails on a deliberate violation (the classes under {@code fixture}), and
 * names the offending class, so that a service passing them has been checked by rules that bite.
 */
class ArchitectureRulesTest {

    private static final String BASE = "uk.gov.education.intervention.devkit.fixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(BASE);

    private static void assertViolatedBy(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        assertTrue(result.hasViolation(), rule.getDescription() + " should fail on the fixture");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(BASE + "." + offender), "the report names " + offender + ":\n" + report);
    }

    @Test
    void aServiceUsingTheRestLayerFails() {
        assertViolatedBy(ArchitectureRules.serviceAndDomainDoNotUseRest(BASE), "service.UsesRest");
    }

    @Test
    void aServiceUsingHttpTypesFails() {
        assertViolatedBy(ArchitectureRules.serviceAndDomainKnowNothingOfHttp(BASE), "service.UsesHttp");
    }

    @Test
    void aDomainClassUsingTheFrameworkFails() {
        assertViolatedBy(ArchitectureRules.domainKnowsNothingOfTheFramework(BASE), "domain.UsesFramework");
    }

    @Test
    void aClassUsingAnotherServicesClassFails() {
        assertViolatedBy(ArchitectureRules.noOtherServicesClasses(BASE), "domain.UsesOtherService");
    }

    @Test
    void aFeatureReachingIntoAnothersRepositoryFails() {
        List<ArchRule> rules = ArchitectureRules.featuresKeepTheirInternals(BASE, List.of("alpha", "beta"));
        assertEquals(2, rules.size());
        assertViolatedBy(rules.get(0), "beta.service.ReachesIntoAlpha");
        assertTrue(rules.get(1).evaluate(FIXTURE).hasViolation() == false, "nobody reaches into beta");
    }
}

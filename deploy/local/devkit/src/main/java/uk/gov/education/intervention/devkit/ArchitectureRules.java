package uk.gov.education.intervention.devkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer and package rules every service keeps (ARCHITECTURE.md, "Layers"). A service's base
 * package holds, per feature or at its top, {@code rest} (resources, views, mappers), {@code service}
 * (commands and queries in domain terms), {@code domain} (entities, values, rules), {@code repository}
 * (queries) and, in callers, {@code client}.
 */
public final class ArchitectureRules {

    /** The base package of each service; none may use another's. */
    public static final List<String> SERVICES = List.of(
            "uk.gov.education.intervention.councils",
            "uk.gov.education.intervention.directions",
            "uk.gov.education.intervention.reporting");

    private ArchitectureRules() {
    }

    /**
     * The production classes under {@code basePackage}, read from where the class loader finds that package
     * (a module's {@code target/classes}): {@code importPackages} also opens every jar on the class path to
     * look for it, which took a service's build several seconds.
     */
    public static JavaClasses importMain(String basePackage) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<URL> roots;
        try {
            roots = Collections.list((loader != null ? loader : ArchitectureRules.class.getClassLoader())
                    .getResources(basePackage.replace('.', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (roots.isEmpty()) {
            throw new AssertionError("no class of " + basePackage + " on the class path");
        }
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(roots);
    }

    /** Services and the domain never see the HTTP layer's resources, requests or views. */
    public static ArchRule serviceAndDomainDoNotUseRest(String basePackage) {
        return noClasses().that().resideInAnyPackage(basePackage + "..service..", basePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + "..rest..")
                .as("service and domain classes do not use the service's rest layer");
    }

    /** Services and the domain speak in domain exceptions, not HTTP requests, responses or problems. */
    public static ArchRule serviceAndDomainKnowNothingOfHttp(String basePackage) {
        return noClasses().that().resideInAnyPackage(basePackage + "..service..", basePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkiverse.resteasy.problem..",
                        "io.vertx..", "uk.gov.education.intervention.platform.rest..",
                        "uk.gov.education.intervention.platform.problem..")
                .as("service and domain classes know nothing of HTTP");
    }

    /** The domain is plain Java and JPA mapping: nothing of Quarkus, CDI's HTTP layer or REST. */
    public static ArchRule domainKnowsNothingOfTheFramework(String basePackage) {
        return noClasses().that().resideInAnyPackage(basePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "io.smallrye..", "jakarta.ws.rs..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.transaction..", "org.eclipse.microprofile..")
                .as("domain classes know nothing of Quarkus, CDI or Jakarta REST");
    }

    /** Cross-service facts travel over HTTP: no service uses another's classes. */
    public static ArchRule noOtherServicesClasses(String basePackage) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(basePackage)).map(s -> s + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("no class of " + basePackage + " uses another service's classes");
    }

    /**
     * A feature's {@code rest}, {@code repository} and {@code client} packages are its own; other
     * features use its {@code service} and {@code domain} only.
     */
    public static List<ArchRule> featuresKeepTheirInternals(String basePackage, List<String> features) {
        List<ArchRule> rules = new ArrayList<>();
        for (String feature : features) {
            String home = basePackage + "." + feature;
            rules.add(noClasses().that().resideOutsideOfPackage(home + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            home + ".rest..", home + ".repository..", home + ".client..")
                    .as("only " + feature + " uses its own rest, repository and client classes"));
        }
        return rules;
    }

    /** Every rule above for one service. */
    public static List<ArchRule> all(String basePackage, List<String> features) {
        List<ArchRule> rules = new ArrayList<>(List.of(
                serviceAndDomainDoNotUseRest(basePackage),
                serviceAndDomainKnowNothingOfHttp(basePackage),
                domainKnowsNothingOfTheFramework(basePackage),
                noOtherServicesClasses(basePackage)));
        rules.addAll(featuresKeepTheirInternals(basePackage, features));
        return rules;
    }
}

package uk.gov.education.intervention.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The deployment gives each service every environment variable its own application.properties
 * reads in production, except those only a local stack may set, and the list the manifest rules
 * hold (SuiteService) is the service's own.
 * A service whose module is not in this tree yet is skipped, and says so.
 */
class ServiceConfigurationTest {

    @ParameterizedTest
    @EnumSource(SuiteService.class)
    void theManifestsGiveTheServiceEveryVariableItReads(SuiteService service) throws IOException {
        ServiceSources sources = new ServiceSources(DeployPaths.repositoryRoot());
        Optional<Set<String>> read = sources.environmentVariables(service);
        if (read.isEmpty()) {
            String message = service.serviceName() + " is not in this tree (no " + sources.applicationProperties(service)
                    + "): its configuration was checked only against the list in SuiteService";
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        Set<String> known = new TreeSet<>(service.requiredEnvironment());
        known.addAll(service.tunedEnvironment());
        service.oneOfEnvironment().forEach(known::addAll);
        known.addAll(SuiteService.FORBIDDEN_ENVIRONMENT);
        Set<String> unknown = new TreeSet<>(read.get());
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, service.serviceName() + " reads variables the deployment does not know");

        KustomizeTree tree = KustomizeTree.check(DeployPaths.kubernetes());
        List<Manifest> base = tree.resourcesOf("base");
        Deployment deployment = base.stream().filter(m -> m.is("Deployment", service.serviceName()))
                .findFirst().orElseThrow().as(Deployment.class);
        ConfigMap config = base.stream().filter(m -> m.is("ConfigMap", service.configMapName()))
                .findFirst().orElseThrow().as(ConfigMap.class);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> given = new TreeSet<>(config.getData().keySet());
        container.getEnv().forEach(env -> given.add(env.getName()));
        for (String variable : read.get()) {
            if (SuiteService.FORBIDDEN_ENVIRONMENT.contains(variable)) {
                assertFalse(given.contains(variable), "Deployment/" + service.serviceName() + " gives " + variable
                        + ", which only a local stack may set");
            } else {
                assertTrue(given.contains(variable), "Deployment/" + service.serviceName() + " does not give " + variable);
            }
        }
    }
}

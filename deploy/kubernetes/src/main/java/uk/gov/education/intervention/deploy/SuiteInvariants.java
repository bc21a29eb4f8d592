package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the suite's deployment must be, checked on a set of parsed manifests (one overlay's
 * rendered output, or the base with its database component). Each rule that fails adds a
 * sentence naming the object; an empty list means every rule holds.
 */
public final class SuiteInvariants {

    /** Options: the overlay's promises, and the connection pool of each service (default 20, Quarkus's). */
    public record Options(Profile profile, DatabaseChoice database, boolean renderedImages,
                          Map<SuiteService, Integer> poolSizes) {
        public int poolSize(SuiteService service) {
            return poolSizes.getOrDefault(service, 20);
        }
    }

    private SuiteInvariants() {
    }

    public static List<String> check(List<Manifest> manifests, Options options) {
        List<String> violations = new ArrayList<>();
        new Rules(manifests, options, violations).run();
        return violations;
    }

    /** The rules of the suite as a whole, which run every other kind of rule over each service. */
    private static final class Rules extends ManifestRules {

        Rules(List<Manifest> manifests, Options options, List<String> violations) {
            super(manifests, options, violations);
        }

        void run() {
            checkUniqueNames();
            checkNamespace();
            WorkloadRules workload = new WorkloadRules(this);
            ExposureRules exposure = new ExposureRules(this);
            ConfigurationRules configuration = new ConfigurationRules(this);
            Map<SuiteService, Map<String, String>> podLabels = new EnumMap<>(SuiteService.class);
            for (SuiteService service : SuiteService.values()) {
                Deployment deployment = find("Deployment", service.serviceName(), Deployment.class);
                if (deployment == null) {
                    fail("Deployment/" + service.serviceName() + " is missing");
                    continue;
                }
                podLabels.put(service, labelsOf(deployment));
                workload.checkDeployment(service, deployment);
                exposure.checkService(service, deployment);
                exposure.checkAutoscaler(service, deployment);
                exposure.checkDisruptionBudget(service, deployment);
                exposure.checkIngress(service);
                configuration.checkEnvironment(service, deployment);
                configuration.checkConfigMap(service);
            }
            NetworkRules network = new NetworkRules(this, podLabels);
            network.checkDefaultDeny();
            network.checkNetworkPolicies();
            new DatabaseRules(this).checkDatabases(podLabels);
        }

        private void checkUniqueNames() {
            Set<String> seen = new HashSet<>();
            for (Manifest manifest : manifests) {
                if (!seen.add(manifest.kind() + "/" + manifest.name())) {
                    fail(manifest.kind() + "/" + manifest.name() + " is defined twice");
                }
            }
            for (Manifest manifest : manifests) {
                if (manifest.kind().equals("Deployment") && SuiteService.named(manifest.name()) == null) {
                    fail("Deployment/" + manifest.name() + " is not one of the suite's services");
                }
            }
        }

        private void checkNamespace() {
            List<Manifest> namespaces = manifests.stream().filter(m -> m.kind().equals("Namespace")).toList();
            if (namespaces.size() != 1) {
                fail("expected exactly one Namespace, found " + namespaces.size());
                return;
            }
            if (!options.renderedImages()) {
                return; // the raw base has no namespace on its objects until Kustomize sets it
            }
            String namespace = namespaces.get(0).name();
            for (Manifest manifest : manifests) {
                if (!manifest.kind().equals("Namespace") && !namespace.equals(manifest.namespace())) {
                    fail(manifest + " is in namespace " + manifest.namespace() + ", not " + namespace);
                }
            }
        }
    }
}

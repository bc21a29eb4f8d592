package uk.gov.education.intervention.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every YAML file under deploy/kubernetes, as written (no kubectl needed): each parses strictly,
 * each is used by a kustomization, and the base with the CloudNativePG component (which is what
 * the production overlay renders, less namespace and image tags) keeps every rule.
 */
class ManifestFilesTest {

    private static KustomizeTree tree;

    @BeforeAll
    static void readTree() throws IOException {
        tree = KustomizeTree.check(DeployPaths.kubernetes());
    }

    @Test
    void everyFileParsesStrictlyAndIsUsedByAKustomization() {
        assertEquals(List.of(), tree.problems());
    }

    @Test
    void theBaseHoldsEveryKindForEachService() {
        Map<String, Integer> kinds = new TreeMap<>();
        tree.resourcesOf("base").forEach(m -> kinds.merge(m.kind(), 1, Integer::sum));
        assertEquals(Map.of("ConfigMap", 3, "Deployment", 3, "HorizontalPodAutoscaler", 3, "Ingress", 3,
                "Namespace", 1, "NetworkPolicy", 4, "PodDisruptionBudget", 3, "Service", 3, "ServiceAccount", 3), kinds);
        Map<String, Integer> database = new TreeMap<>();
        tree.resourcesOf("components/cloudnative-pg").forEach(m -> database.merge(m.kind(), 1, Integer::sum));
        assertEquals(Map.of("Cluster", 3, "NetworkPolicy", 3), database);
    }

    @Test
    void theBaseWithCloudNativePgKeepsTheProductionRules() throws IOException {
        List<Manifest> manifests = new ArrayList<>(tree.resourcesOf("base"));
        manifests.addAll(tree.resourcesOf("components/cloudnative-pg"));
        SuiteInvariants.Options options = new SuiteInvariants.Options(Profile.PRODUCTION, DatabaseChoice.CLOUDNATIVE_PG,
                false, new ServiceSources(DeployPaths.repositoryRoot()).poolSizes());
        assertEquals(List.of(), SuiteInvariants.check(manifests, options));
    }
}

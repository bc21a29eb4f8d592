package uk.gov.education.intervention.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each overlay as Kustomize renders it ({@code kubectl kustomize}, no cluster needed): the output
 * parses strictly and keeps every rule. Where kubectl is not installed these tests are skipped,
 * and say so: they never pass without having rendered anything.
 */
class RenderedOverlaysTest {

    static Stream<Arguments> overlays() {
        return Stream.of(
                Arguments.of("dev", "intervention-dev", Profile.DEV, DatabaseChoice.CLOUDNATIVE_PG),
                Arguments.of("production", "intervention", Profile.PRODUCTION, DatabaseChoice.CLOUDNATIVE_PG),
                Arguments.of("production-external-db", "intervention", Profile.PRODUCTION, DatabaseChoice.EXTERNAL));
    }

    @ParameterizedTest(name = "overlays/{0}")
    @MethodSource("overlays")
    void rendersToStrictlyValidManifestsThatKeepEveryRule(String overlay, String namespace, Profile profile,
                                                          DatabaseChoice database) throws Exception {
        List<Manifest> manifests = ManifestValidator.parse(render(overlay), "kubectl kustomize overlays/" + overlay);
        SuiteInvariants.Options options = new SuiteInvariants.Options(profile, database, true,
                new ServiceSources(DeployPaths.repositoryRoot()).poolSizes());
        assertEquals(List.of(), SuiteInvariants.check(manifests, options));
        assertEquals(Set.of(namespace), manifests.stream().map(m -> m.kind().equals("Namespace") ? m.name() : m.namespace())
                .collect(Collectors.toSet()));
    }

    @Test
    void everyOverlayIsRenderedByTheTestAbove() throws IOException {
        Set<String> tested = overlays().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> dirs = Files.list(DeployPaths.kubernetes().resolve("overlays"))) {
            assertEquals(tested, dirs.map(d -> d.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /**
     * The rendered check can fail: an overlay (written under target/, beside the real ones) that
     * patches production down to one pod and misspells a field is refused for both.
     */
    @Test
    void aBrokenOverlayIsRefusedAfterRendering() throws Exception {
        Path overlay = DeployPaths.kubernetes().resolve("target/broken-overlays/production-broken");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), String.join("\n",
                "apiVersion: kustomize.config.k8s.io/v1beta1",
                "kind: Kustomization",
                "namespace: intervention",
                "resources: [../../../base]",
                "components: [../../../components/cloudnative-pg]",
                "images: [{name: intervention/councils-service, newTag: '1.0.0'},"
                        + " {name: intervention/directions-service, newTag: '1.0.0'},"
                        + " {name: intervention/reporting-service, newTag: '1.0.0'}]",
                "patches:",
                "  - target: {kind: Deployment, name: councils-service}",
                "    patch: |-",
                "      - {op: replace, path: /spec/replicas, value: 1}",
                "  - target: {kind: Deployment, name: directions-service}",
                "    patch: |-",
                "      - {op: add, path: /spec/template/spec/containers/0/securityContext/readOnlyRootFileSystem, value: true}",
                ""));
        Optional<Path> kubectl = Kubectl.find();
        if (kubectl.isEmpty()) {
            render("production-broken"); // skips, and says why
        }
        String yaml = Kubectl.kustomize(kubectl.get(), overlay);
        ManifestException refused = assertThrows(ManifestException.class,
                () -> ManifestValidator.parse(yaml, "broken"));
        assertEquals(1, refused.problems().size(), refused.getMessage());
        assertTrue(refused.problems().get(0).endsWith("Deployment/directions-service.spec.template.spec.containers[0]"
                + ".securityContext.readOnlyRootFileSystem: unknown field"), refused.getMessage());

        String withoutTypo = yaml.replace("readOnlyRootFileSystem: true", "");
        List<String> violations = SuiteInvariants.check(ManifestValidator.parse(withoutTypo, "broken"),
                new SuiteInvariants.Options(Profile.PRODUCTION, DatabaseChoice.CLOUDNATIVE_PG, true, Map.of()));
        assertTrue(violations.contains("Deployment/councils-service has 1 replicas; PRODUCTION needs at least 2"),
                violations.toString());
    }

    /** The external-database overlay must be production in every other respect (images, sizes, policies). */
    @Test
    void productionWithAnExternalDatabaseDiffersFromProductionOnlyInTheDatabase() throws Exception {
        Map<String, JsonNode> production = comparable(ManifestValidator.parse(render("production"), "production"));
        Map<String, JsonNode> external = comparable(ManifestValidator.parse(render("production-external-db"), "external"));
        production.keySet().removeIf(key -> key.startsWith("Cluster/") || key.matches("NetworkPolicy/.*-db"));
        assertEquals(production.keySet(), external.keySet());
        production.forEach((key, tree) -> assertEquals(tree, external.get(key), key + " differs"));
    }

    /** Each object by kind/name, less the parts that name the database: its URL and the egress rule to it. */
    private static Map<String, JsonNode> comparable(List<Manifest> manifests) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (Manifest manifest : manifests) {
            ObjectNode tree = manifest.tree().deepCopy();
            if (manifest.kind().equals("ConfigMap")) {
                ObjectNode data = (ObjectNode) tree.get("data");
                data.remove(List.of("COUNCILS_DB_URL", "DIRECTIONS_DB_URL", "REPORTING_DB_URL"));
            }
            if (manifest.kind().equals("NetworkPolicy") && manifest.name().endsWith("-service")) {
                ((ArrayNode) tree.at("/spec/egress")).remove(1);
            }
            out.put(manifest.kind() + "/" + manifest.name(), tree);
        }
        return out;
    }

    private static String render(String overlay) throws IOException, InterruptedException {
        Optional<Path> kubectl = Kubectl.find();
        if (kubectl.isEmpty()) {
            String message = "kubectl is not on the PATH: overlays/" + overlay
                    + " was NOT rendered, so its output was NOT checked (install kubectl to run this check)";
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        return Kubectl.kustomize(kubectl.get(), DeployPaths.kubernetes().resolve("overlays").resolve(overlay));
    }
}

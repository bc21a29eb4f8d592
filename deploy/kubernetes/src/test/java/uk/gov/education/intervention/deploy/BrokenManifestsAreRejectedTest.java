package uk.gov.education.intervention.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks can fail: each case breaks one thing in the real manifests (the base with the
 * CloudNativePG component, at production settings) and runs the result through the same
 * validator and rules as the real files, which must refuse it with the expected reason.
 */
class BrokenManifestsAreRejectedTest {

    private static List<JsonNode> original;
    private static SuiteInvariants.Options production;

    @BeforeAll
    static void readManifests() throws IOException {
        KustomizeTree tree = KustomizeTree.check(DeployPaths.kubernetes());
        original = new ArrayList<>();
        tree.resourcesOf("base").forEach(m -> original.add(m.tree()));
        tree.resourcesOf("components/cloudnative-pg").forEach(m -> original.add(m.tree()));
        production = new SuiteInvariants.Options(Profile.PRODUCTION, DatabaseChoice.CLOUDNATIVE_PG, false,
                new ServiceSources(DeployPaths.repositoryRoot()).poolSizes());
    }

    /** What the validator and the rules say about the documents: empty when they accept them. */
    private static List<String> verdict(String yaml) {
        try {
            return SuiteInvariants.check(ManifestValidator.parse(yaml, "mutated"), production);
        } catch (ManifestException e) {
            return e.problems();
        }
    }

    @Test
    void theUnbrokenManifestsPass() {
        assertEquals(List.of(), verdict(StrictYaml.write(original)));
    }

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                broken("a misspelt field (readOnlyRootFileSystem) in a container's securityContext",
                        d -> container(d, "councils-service").with("securityContext").put("readOnlyRootFileSystem", true),
                        "securityContext.readOnlyRootFileSystem: unknown field"),
                broken("an unknown field in a Deployment's spec",
                        d -> object(d, "Deployment", "directions-service").with("spec").put("replica", 3),
                        "Deployment/directions-service.spec.replica: unknown field"),
                broken("a field of the wrong type (replicas: \"two\")",
                        d -> object(d, "Deployment", "councils-service").with("spec").put("replicas", "two"),
                        "Deployment does not parse"),
                broken("an unquoted boolean in ConfigMap data",
                        d -> object(d, "ConfigMap", "councils-service-config").with("data").set("SEED_DATA", BooleanNode.FALSE),
                        "ConfigMap does not parse"),
                broken("a missing startup probe",
                        d -> container(d, "reporting-service").remove("startupProbe"),
                        "container reporting-service startupProbe is missing"),
                broken("a liveness probe on the wrong path",
                        d -> container(d, "councils-service").with("livenessProbe").with("httpGet").put("path", "/q/health"),
                        "livenessProbe must be an HTTP GET of /q/health/live"),
                broken("a writable root filesystem",
                        d -> container(d, "directions-service").with("securityContext").put("readOnlyRootFilesystem", false),
                        "has a writable root filesystem"),
                broken("a pod that may run as root",
                        d -> {
                            container(d, "councils-service").with("securityContext").remove("runAsNonRoot");
                            object(d, "Deployment", "councils-service").with("spec").with("template").with("spec")
                                    .with("securityContext").remove("runAsNonRoot");
                        },
                        "may run as root"),
                broken("capabilities not dropped",
                        d -> container(d, "councils-service").with("securityContext").remove("capabilities"),
                        "does not drop ALL capabilities"),
                broken("no /tmp volume",
                        d -> container(d, "councils-service").remove("volumeMounts"),
                        "has no emptyDir volume at /tmp"),
                broken("one replica in production",
                        d -> object(d, "Deployment", "directions-service").with("spec").put("replicas", 1),
                        "needs at least 2"),
                broken("no memory limit",
                        d -> container(d, "councils-service").with("resources").with("limits").remove("memory"),
                        "needs both a request and a limit for memory"),
                broken("a Deployment without its PodDisruptionBudget",
                        d -> remove(d, "PodDisruptionBudget", "directions-service"),
                        "PodDisruptionBudget/directions-service is missing"),
                broken("a Deployment without its autoscaler",
                        d -> remove(d, "HorizontalPodAutoscaler", "reporting-service"),
                        "HorizontalPodAutoscaler/reporting-service is missing"),
                broken("a Deployment without its Service",
                        d -> remove(d, "Service", "councils-service"),
                        "Service/councils-service is missing"),
                broken("a Deployment without its own NetworkPolicy",
                        d -> remove(d, "NetworkPolicy", "directions-service"),
                        "no NetworkPolicy of its own selects directions-service"),
                broken("no default-deny policy",
                        d -> remove(d, "NetworkPolicy", "default-deny"),
                        "no default-deny NetworkPolicy"),
                broken("councils-service allowed to call reporting-service",
                        d -> ((ArrayNode) object(d, "NetworkPolicy", "reporting-service").at("/spec/ingress")).add(
                                yaml("from: [{podSelector: {matchLabels: {app.kubernetes.io/name: councils-service}}}]\n"
                                        + "ports: [{protocol: TCP, port: 8083}]")),
                        "NetworkPolicy ingress allows the calls [councils-service -> reporting-service:8083"),
                broken("directions-service no longer allowed to call councils-service",
                        d -> ((ArrayNode) object(d, "NetworkPolicy", "directions-service").at("/spec/egress")).remove(3),
                        "NetworkPolicy egress allows the calls [reporting-service -> councils-service:8081, "
                                + "reporting-service -> directions-service:8082]"),
                broken("a service that accepts another port",
                        d -> ((ObjectNode) object(d, "NetworkPolicy", "councils-service").at("/spec/ingress/1/ports/0"))
                                .put("port", 8080),
                        "councils-service accepts only TCP 8081"),
                broken("a service allowed into another service's database",
                        d -> ((ObjectNode) object(d, "NetworkPolicy", "councils-service")
                                .at("/spec/egress/1/to/0/podSelector/matchLabels")).put("cnpg.io/cluster", "reporting-db"),
                        "reach another service's database reporting-db"),
                broken("a database reachable by another service",
                        d -> ((ArrayNode) object(d, "NetworkPolicy", "councils-db").at("/spec/ingress/0/from")).add(
                                yaml("podSelector: {matchLabels: {app.kubernetes.io/name: reporting-service}}")),
                        "councils-db may be reached by [councils-service, reporting-service]"),
                broken("health endpoints published through the Ingress",
                        d -> ((ObjectNode) object(d, "Ingress", "directions-service")
                                .at("/spec/rules/0/http/paths/0")).put("path", "/"),
                        "publishes /;"),
                broken("a database password written into the Deployment",
                        d -> ((ObjectNode) container(d, "councils-service").at("/env/1"))
                                .put("value", "hunter2").remove("valueFrom"),
                        "COUNCILS_DB_PASSWORD must come from a Secret reference, not a literal"),
                broken("seed data loaded in production",
                        d -> object(d, "ConfigMap", "reporting-service-config").with("data").put("SEED_DATA", "true"),
                        "SEED_DATA is true; PRODUCTION wants false"),
                broken("a Secret with its value in the manifests",
                        d -> d.add(yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: intervention-oidc}\n"
                                + "stringData: {issuer: https://example.invalid}")),
                        "kind 'Secret' of apiVersion 'v1' is not one the suite deploys"),
                broken("an autoscaler of an older API version",
                        d -> object(d, "HorizontalPodAutoscaler", "councils-service").put("apiVersion", "autoscaling/v1"),
                        "kind 'HorizontalPodAutoscaler' of apiVersion 'autoscaling/v1' is not one the suite deploys"),
                broken("an unknown field in a CloudNativePG Cluster",
                        d -> object(d, "Cluster", "councils-db").with("spec").put("instance", 3),
                        "Unrecognized field \"instance\""),
                broken("an unknown value of a CloudNativePG enum",
                        d -> object(d, "Cluster", "directions-db").with("spec").put("primaryUpdateStrategy", "automatic"),
                        "Cluster does not parse"),
                broken("one PostgreSQL instance in production",
                        d -> object(d, "Cluster", "reporting-db").with("spec").put("instances", 1),
                        "Cluster/reporting-db has 1 instances; PRODUCTION wants 3"),
                broken("fewer database connections than the pods can open",
                        d -> ((ObjectNode) object(d, "Cluster", "councils-db").at("/spec/postgresql/parameters"))
                                .put("max_connections", "100"),
                        "Cluster/councils-db max_connections 100 is below the 130"),
                broken("a wildcard CORS origin",
                        d -> object(d, "ConfigMap", "reporting-service-config").with("data").put("CORS_ORIGINS", "*"),
                        "CORS_ORIGINS contains '*'"),
                broken("a ConfigMap that leaves out the JSON-log switch",
                        d -> object(d, "ConfigMap", "directions-service-config").with("data").remove("LOG_JSON"),
                        "Deployment/directions-service is not given LOG_JSON"),
                broken("a Prometheus scrape hint on the API port",
                        d -> object(d, "Deployment", "councils-service").with("spec").with("template").with("metadata")
                                .with("annotations").put("prometheus.io/port", "8081"),
                        "pod annotation prometheus.io/port is 8081, not 9081"),
                broken("a readiness probe on the API port",
                        d -> container(d, "councils-service").with("readinessProbe").with("httpGet").put("port", "http"),
                        "readinessProbe probes port http, not the management port 9081"),
                broken("a container without its management port",
                        d -> ((ArrayNode) container(d, "directions-service").at("/ports")).remove(1),
                        "must expose exactly two ports, http 8082 (the API) and management 9082"),
                broken("the management port published through the Service",
                        d -> ((ArrayNode) object(d, "Service", "reporting-service").at("/spec/ports")).add(
                                yaml("{name: management, protocol: TCP, port: 9083, targetPort: management}")),
                        "Service/reporting-service must have one port 8083 to the container's http port"),
                broken("the management port open to the ingress controller",
                        d -> ((ArrayNode) object(d, "NetworkPolicy", "reporting-service").at("/spec/ingress/0/ports")).add(
                                yaml("{protocol: TCP, port: 9083}")),
                        "reporting-service accepts only TCP 8083 (its management port 9083 only from Prometheus)"),
                broken("Prometheus let into the API port",
                        d -> ((ObjectNode) object(d, "NetworkPolicy", "directions-service").at("/spec/ingress/2/ports/0"))
                                .put("port", 8082),
                        "it may reach only directions-service's management port TCP 9082"),
                broken("no rule that lets Prometheus scrape",
                        d -> ((ArrayNode) object(d, "NetworkPolicy", "councils-service").at("/spec/ingress")).remove(2),
                        "councils-service does not let Prometheus scrape its management port 9081"),
                broken("a token-signing key given to reporting-service",
                        d -> ((ArrayNode) container(d, "reporting-service").at("/env")).add(yaml(
                                "{name: REPORTING_SERVICE_SIGNING_KEY, valueFrom: {secretKeyRef: "
                                        + "{name: reporting-service-credentials, key: signing-key, optional: true}}}")),
                        "Deployment/reporting-service is given REPORTING_SERVICE_SIGNING_KEY (a secret value), which only a local stack may set"),
                broken("the local stack's opt-in to the development key in a ConfigMap",
                        d -> object(d, "ConfigMap", "councils-service-config").with("data").put("SUITE_INSECURE_LOCAL_STACK", "true"),
                        "ConfigMap/councils-service-config sets SUITE_INSECURE_LOCAL_STACK, which only a local stack may set"),
                broken("the local stack's opt-in to the development key on a Deployment",
                        d -> ((ArrayNode) container(d, "directions-service").at("/env")).add(
                                yaml("{name: SUITE_INSECURE_LOCAL_STACK, value: \"false\"}")),
                        "Deployment/directions-service is given SUITE_INSECURE_LOCAL_STACK (a literal value)"),
                broken("a database URL that names the wrong cluster",
                        d -> object(d, "ConfigMap", "directions-service-config").with("data")
                                .put("DIRECTIONS_DB_URL", "jdbc:postgresql://councils-db-rw:5432/directions"),
                        "points at councils-db-rw, not the read-write service directions-db-rw"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void isRejected(String description, Consumer<List<JsonNode>> breakIt, String expected) {
        List<JsonNode> documents = new ArrayList<>();
        original.forEach(node -> documents.add(node.deepCopy()));
        breakIt.accept(documents);
        List<String> problems = verdict(StrictYaml.write(documents));
        assertFalse(problems.isEmpty(), description + " was accepted");
        String reason = problems.stream().filter(p -> p.contains(expected)).findFirst()
                .orElseThrow(() -> new AssertionError(description + ": expected a problem containing '" + expected
                        + "', got " + problems));
        System.out.println("rejected as it should be: " + description + " -> " + reason);
    }

    /**
     * Why the validator walks the parsed objects: fabric8's model classes catch unknown fields in
     * additionalProperties, so Jackson's FAIL_ON_UNKNOWN_PROPERTIES alone lets a misspelt field through.
     */
    @Test
    void fabric8AloneSwallowsUnknownFieldsWhichTheValidatorRefuses() throws Exception {
        ObjectNode deployment = object(copy(), "Deployment", "councils-service");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/securityContext")).put("readOnlyRootFileSystem", true);

        Deployment parsed = StrictYaml.mapper().treeToValue(deployment, Deployment.class);
        assertEquals(true, parsed.getSpec().getTemplate().getSpec().getContainers().get(0).getSecurityContext()
                .getAdditionalProperties().get("readOnlyRootFileSystem"));

        ManifestException refused = assertThrows(ManifestException.class,
                () -> ManifestValidator.parse(StrictYaml.write(List.of(deployment)), "typo"));
        assertEquals(List.of("typo: Deployment/councils-service.spec.template.spec.containers[0].securityContext"
                + ".readOnlyRootFileSystem: unknown field"), refused.problems());
    }

    /**
     * No place in the manifests swallows an unknown field: a field added to each mapping of each
     * document in turn (except the free-form maps, whose keys are the user's: labels, data, ...)
     * makes the validator refuse that document.
     */
    @Test
    void anUnknownFieldIsRefusedWhereverItIsAdded() {
        Pattern freeForm = Pattern.compile(".*/(labels|annotations|matchLabels|requests|limits)"
                + "|/data|/spec/postgresql/parameters|/spec/selector");
        int tried = 0;
        List<String> swallowed = new ArrayList<>();
        for (JsonNode document : original) {
            List<String> pointers = new ArrayList<>();
            objectPointers(document, "", pointers);
            for (String pointer : pointers) {
                boolean serviceSelector = pointer.equals("/spec/selector") && document.path("kind").asText().equals("Service");
                if (freeForm.matcher(pointer).matches() && (!pointer.equals("/spec/selector") || serviceSelector)) {
                    continue;
                }
                ObjectNode copy = document.deepCopy();
                ((ObjectNode) (pointer.isEmpty() ? copy : copy.at(pointer))).put("notAKubernetesField", "x");
                tried++;
                try {
                    ManifestValidator.parse(StrictYaml.write(List.of(copy)), "probe");
                    swallowed.add(document.path("kind").asText() + "/" + document.at("/metadata/name").asText() + pointer);
                } catch (ManifestException expected) {
                    // refused, as it must be
                }
            }
        }
        assertEquals(List.of(), swallowed, "unknown fields accepted at these places");
        assertTrue(tried > 300, "only " + tried + " places tried");
        System.out.println("an unknown field was refused at each of " + tried + " places in the manifests");
    }

    private static void objectPointers(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            out.add(pointer);
            node.fields().forEachRemaining(e -> objectPointers(e.getValue(),
                    pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objectPointers(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    @Test
    void aDuplicateKeyIsRefused() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  SEED_DATA: \"false\"\n  SEED_DATA: \"true\"\n";
        ManifestException refused = assertThrows(ManifestException.class, () -> ManifestValidator.parse(yaml, "dup"));
        assertTrue(refused.getMessage().contains("Duplicate"), refused.getMessage());
    }

    @Test
    void aMisspeltKustomizationFieldIsRefused() throws IOException {
        String yaml = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresource:\n  - a.yaml\n";
        assertThrows(IOException.class, () -> StrictYaml.mapper().readValue(yaml, KustomizationFile.class));
    }

    // --- helpers ---

    private static Arguments broken(String description, Consumer<List<JsonNode>> breakIt, String expected) {
        return Arguments.of(description, breakIt, expected);
    }

    private static List<JsonNode> copy() {
        List<JsonNode> documents = new ArrayList<>();
        original.forEach(node -> documents.add(node.deepCopy()));
        return documents;
    }

    private static ObjectNode object(List<JsonNode> documents, String kind, String name) {
        return (ObjectNode) documents.stream()
                .filter(d -> d.path("kind").asText().equals(kind) && d.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in the manifests"));
    }

    private static ObjectNode container(List<JsonNode> documents, String deployment) {
        return (ObjectNode) object(documents, "Deployment", deployment).at("/spec/template/spec/containers/0");
    }

    private static void remove(List<JsonNode> documents, String kind, String name) {
        documents.remove(object(documents, kind, name));
    }

    private static JsonNode yaml(String text) {
        try {
            return StrictYaml.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

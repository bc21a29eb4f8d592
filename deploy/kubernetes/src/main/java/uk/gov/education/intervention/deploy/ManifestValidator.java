package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses Kubernetes manifests strictly: each document must be one of the kinds the suite deploys,
 * at the API version it deploys it with, and must parse into fabric8's model class (or the strict
 * {@link CnpgCluster}) with no unknown field anywhere. Anything else is refused, including a
 * Secret: the suite's manifests reference Secrets and never carry their values.
 */
public final class ManifestValidator {

    /** The kinds the suite deploys, by "apiVersion kind". */
    public static final Map<String, Class<?>> KINDS = Map.of(
            "v1 Namespace", Namespace.class,
            "v1 ServiceAccount", ServiceAccount.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Service", Service.class,
            "apps/v1 Deployment", Deployment.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1 Ingress", Ingress.class,
            CnpgCluster.API_VERSION + " Cluster", CnpgCluster.class);

    private ManifestValidator() {
    }

    public static List<Manifest> parse(Path file) throws ManifestException {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ManifestException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    /** Parses every document of a YAML stream; all problems found are reported together. */
    public static List<Manifest> parse(String yaml, String source) throws ManifestException {
        List<JsonNode> documents;
        try {
            documents = StrictYaml.documents(yaml);
        } catch (IOException e) {
            throw new ManifestException(List.of(source + ": not valid YAML: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String where = documents.size() == 1 ? source : source + " (document " + (i + 1) + ")";
            Manifest manifest = parseDocument(documents.get(i), where, problems);
            if (manifest != null) {
                manifests.add(manifest);
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException(problems);
        }
        return manifests;
    }

    private static Manifest parseDocument(JsonNode document, String where, List<String> problems) {
        if (!document.isObject()) {
            problems.add(where + ": a manifest must be a mapping, not " + document.getNodeType());
            return null;
        }
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        Class<?> type = KINDS.get(apiVersion + " " + kind);
        if (type == null) {
            problems.add(where + ": kind '" + kind + "' of apiVersion '" + apiVersion
                    + "' is not one the suite deploys (allowed: " + KINDS.keySet().stream().sorted().toList() + ")");
            return null;
        }
        Object resource;
        try {
            resource = StrictYaml.mapper().treeToValue(document, type);
        } catch (JsonProcessingException e) {
            problems.add(where + ": " + kind + " does not parse: " + e.getOriginalMessage()
                    + at(e));
            return null;
        }
        ObjectMeta metadata = resource instanceof HasMetadata hasMetadata ? hasMetadata.getMetadata()
                : ((CnpgCluster) resource).metadata();
        String name = metadata == null ? null : metadata.getName();
        String label = kind + "/" + (name == null ? "?" : name);
        List<String> unknown = UnknownFields.in(resource, label);
        if (!unknown.isEmpty()) {
            unknown.forEach(u -> problems.add(where + ": " + u));
            return null;
        }
        if (name == null || name.isBlank()) {
            problems.add(where + ": " + kind + " has no metadata.name");
            return null;
        }
        return new Manifest(where, apiVersion, kind, name, metadata.getNamespace(), resource, document);
    }

    private static String at(JsonProcessingException e) {
        String message = e.getMessage();
        int chain = message.indexOf("(through reference chain:");
        return chain < 0 ? "" : " " + message.substring(chain).replace('\n', ' ');
    }
}

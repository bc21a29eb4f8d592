package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A kustomization.yaml (kind Kustomization or Component), reduced to the fields this suite uses;
 * strict like {@link CnpgCluster}.
 */
public record KustomizationFile(
        String apiVersion,
        String kind,
        String namespace,
        List<String> resources,
        List<String> components,
        List<Image> images,
        List<Patch> patches) {

    public record Image(String name, String newName, String newTag, String digest) {
    }

    /** A patch: a file ({@code path}) or inline text ({@code patch}), optionally aimed by {@code target}. */
    public record Patch(String path, String patch, Target target) {
    }

    public record Target(String group, String version, String kind, String name, String namespace,
                         String labelSelector, String annotationSelector) {
    }

    /** One operation of an inline JSON 6902 patch. */
    public record JsonPatchOperation(Op op, String path, String from, JsonNode value) {
    }

    public enum Op {
        @JsonProperty("add") ADD,
        @JsonProperty("remove") REMOVE,
        @JsonProperty("replace") REPLACE,
        @JsonProperty("move") MOVE,
        @JsonProperty("copy") COPY,
        @JsonProperty("test") TEST
    }
}

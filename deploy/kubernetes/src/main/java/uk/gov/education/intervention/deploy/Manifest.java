package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed document: where it came from, what it is, and the typed object (a fabric8 model
 * object, or {@link CnpgCluster}).
 */
public record Manifest(String source, String apiVersion, String kind, String name, String namespace,
                       Object resource, JsonNode tree) {

    public <T> T as(Class<T> type) {
        return type.cast(resource);
    }

    public boolean is(String kind, String name) {
        return this.kind.equals(kind) && this.name.equals(name);
    }

    @Override
    public String toString() {
        return kind + "/" + name + " (" + source + ")";
    }
}

package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * A CloudNativePG {@code Cluster} (postgresql.cnpg.io/v1), reduced to the fields this suite uses.
 * Strict: any other field fails the parse, so a misspelt or misplaced field (which the operator's
 * CRD schema would prune or refuse) cannot pass unnoticed. To use another field of the CRD, add it
 * here, with the operator's documentation at hand.
 */
public record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    public static final String API_VERSION = "postgresql.cnpg.io/v1";

    public record Spec(
            String description,
            int instances,
            String imageName,
            UpdateStrategy primaryUpdateStrategy,
            UpdateMethod primaryUpdateMethod,
            Boolean enableSuperuserAccess,
            Bootstrap bootstrap,
            Postgresql postgresql,
            Storage storage,
            ResourceRequirements resources,
            Affinity affinity) {
    }

    public enum UpdateStrategy {
        @JsonProperty("unsupervised") UNSUPERVISED,
        @JsonProperty("supervised") SUPERVISED
    }

    public enum UpdateMethod {
        @JsonProperty("switchover") SWITCHOVER,
        @JsonProperty("restart") RESTART
    }

    public record Bootstrap(InitDb initdb) {
    }

    /** The database and its owner made at bootstrap; the operator keeps the owner's password in {@code <cluster>-app}. */
    public record InitDb(String database, String owner, Boolean dataChecksums, SecretReference secret) {
    }

    public record SecretReference(String name) {
    }

    public record Postgresql(Map<String, String> parameters) {
    }

    public record Storage(Quantity size, String storageClass) {
    }

    public record Affinity(Boolean enablePodAntiAffinity, AntiAffinityType podAntiAffinityType, String topologyKey) {
    }

    public enum AntiAffinityType {
        @JsonProperty("preferred") PREFERRED,
        @JsonProperty("required") REQUIRED
    }

    /** The Secret the operator creates with the owner's credentials (keys username, password). */
    public String applicationSecret() {
        return metadata.getName() + "-app";
    }

    /** The Service that always points at the primary. */
    public String readWriteService() {
        return metadata.getName() + "-rw";
    }
}

package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * deploy/compose/compose.yaml, reduced to the parts of the Compose Specification it uses;
 * strict like {@link CnpgCluster}: an unknown or misspelt key fails the parse.
 */
public record ComposeFile(Map<String, Service> services, Map<String, NamedVolume> volumes) {

    public record Service(
            String image,
            Build build,
            Map<String, String> environment,
            List<String> volumes,
            List<String> ports,
            @JsonProperty("read_only") Boolean readOnly,
            List<String> tmpfs,
            @JsonProperty("cap_drop") List<String> capDrop,
            @JsonProperty("security_opt") List<String> securityOpt,
            @JsonProperty("depends_on") Map<String, Dependency> dependsOn,
            Healthcheck healthcheck) {
    }

    public record Build(String context, String dockerfile) {
    }

    public record Dependency(Condition condition) {
    }

    public enum Condition {
        @JsonProperty("service_started") STARTED,
        @JsonProperty("service_healthy") HEALTHY,
        @JsonProperty("service_completed_successfully") COMPLETED
    }

    public record Healthcheck(List<String> test, String interval, String timeout, Integer retries,
                              @JsonProperty("start_period") String startPeriod) {
    }

    public record NamedVolume() {
    }
}

package uk.gov.education.intervention.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The three services as the deployment must run them: port, database, configuration, callers. */
public enum SuiteService {
    COUNCILS("councils-service", 8081, 9081, "COUNCILS", "councils"),
    DIRECTIONS("directions-service", 8082, 9082, "DIRECTIONS", "directions"),
    REPORTING("reporting-service", 8083, 9083, "REPORTING", "reporting");

    /**
     * Variables no deployment outside a local stack may give a service: the opt-in to the development
     * issuer and key (whose private half is in the repository), and a key with which reporting-service
     * would mint tokens the others accept. The services refuse to start with either unless opted in.
     */
    public static final Set<String> FORBIDDEN_ENVIRONMENT = Set.of("SUITE_INSECURE_LOCAL_STACK", "REPORTING_SERVICE_SIGNING_KEY");

    /** Who may call whom: reporting-service reads the other two; directions-service checks councils. */
    public static final Set<Call> CALLS = Set.of(
            new Call(REPORTING, COUNCILS),
            new Call(REPORTING, DIRECTIONS),
            new Call(DIRECTIONS, COUNCILS));

    /** Every Secret the manifests may reference (the operator or CloudNativePG creates them). */
    public static final Set<String> SECRETS = Set.of(
            "councils-db-app", "directions-db-app", "reporting-db-app",
            "intervention-oidc", "directions-service-credentials", "reporting-service-credentials",
            "councils-service-tls", "directions-service-tls", "reporting-service-tls");

    public record Call(SuiteService caller, SuiteService callee) {
        @Override
        public String toString() {
            return caller.serviceName + " -> " + callee.serviceName + ":" + callee.port;
        }
    }

    private final String serviceName;
    private final int port;
    private final int managementPort;
    private final String envPrefix;
    private final String database;

    SuiteService(String serviceName, int port, int managementPort, String envPrefix, String database) {
        this.serviceName = serviceName;
        this.port = port;
        this.managementPort = managementPort;
        this.envPrefix = envPrefix;
        this.database = database;
    }

    public String serviceName() {
        return serviceName;
    }

    /** The API's port (the Service's and the Ingress's). */
    public int port() {
        return port;
    }

    /** Quarkus's management interface: health (probes) and metrics (Prometheus), never published. */
    public int managementPort() {
        return managementPort;
    }

    public String database() {
        return database;
    }

    public String clusterName() {
        return database + "-db";
    }

    public String configMapName() {
        return serviceName + "-config";
    }

    public String dbUrlVariable() {
        return envPrefix + "_DB_URL";
    }

    /** Environment variables the service must be given (see the README's configuration table). */
    public Set<String> requiredEnvironment() {
        Set<String> names = new LinkedHashSet<>(List.of("HTTP_HOST", "SEED_DATA",
                envPrefix + "_DB_URL", envPrefix + "_DB_USER", envPrefix + "_DB_PASSWORD",
                "JWT_PUBLIC_KEYS_URL", "JWT_ISSUER"));
        switch (this) {
            case DIRECTIONS -> names.addAll(List.of("COUNCILS_SERVICE_URL", "DIRECTIONS_FEED_SECRET", "DIRECTIONS_PUBLIC_BASE_URL"));
            case REPORTING -> names.addAll(List.of("COUNCILS_SERVICE_URL", "DIRECTIONS_SERVICE_URL",
                    "REPORTING_FEED_SECRET", "REPORTING_PUBLIC_BASE_URL", "REPORTING_GRACE_DAYS"));
            default -> { }
        }
        return names;
    }

    /**
     * Variables the service reads with a default of its own, which the Kubernetes manifests set
     * explicitly all the same, so that an operator sees each setting in one place: observability
     * (JSON logs, CORS origins, the OpenTelemetry collector), the previous keys of each feed's URLs and
     * reporting-service's tuning. The
     * compose file, a trial stack, may leave them to their defaults.
     */
    public Set<String> tunedEnvironment() {
        Set<String> names = new LinkedHashSet<>(List.of("LOG_JSON", "CORS_ORIGINS", "OTEL_EXPORTER_OTLP_ENDPOINT"));
        if (this == DIRECTIONS) {
            names.add("DIRECTIONS_FEED_PREVIOUS_SECRETS");
        }
        if (this == REPORTING) {
            names.addAll(List.of("COUNCILS_SERVICE_TIMEOUT_MS", "DIRECTIONS_SERVICE_TIMEOUT_MS",
                    "REPORTING_COUNCILS_CACHE_TTL", "REPORTING_OIDC_CLIENT_ID", "REPORTING_OIDC_CLIENT_SECRET",
                    "REPORTING_FEED_PREVIOUS_SECRETS", "REPORTING_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "REPORTING_WEBHOOKS_DISPATCH_EVERY",
                    "REPORTING_WEBHOOKS_SCAN_EVERY"));
        }
        return names;
    }

    /** Sets of variables of which at least one must be given. */
    public List<Set<String>> oneOfEnvironment() {
        return this == REPORTING
                ? List.of(Set.of("REPORTING_OIDC_TOKEN_URL", "REPORTING_SERVICE_TOKEN"))
                : List.of();
    }

    /** Variables whose values are credentials or OIDC settings: in Kubernetes only by Secret reference. */
    public Set<String> secretEnvironment() {
        Set<String> names = new LinkedHashSet<>(List.of(envPrefix + "_DB_USER", envPrefix + "_DB_PASSWORD",
                "JWT_PUBLIC_KEYS_URL", "JWT_ISSUER"));
        if (this == DIRECTIONS) {
            names.addAll(List.of("DIRECTIONS_FEED_SECRET", "DIRECTIONS_FEED_PREVIOUS_SECRETS"));
        }
        if (this == REPORTING) {
            names.addAll(List.of("REPORTING_SERVICE_TOKEN", "REPORTING_FEED_SECRET", "REPORTING_FEED_PREVIOUS_SECRETS",
                    "REPORTING_OIDC_CLIENT_ID", "REPORTING_OIDC_CLIENT_SECRET"));
        }
        return names;
    }

    public static SuiteService named(String serviceName) {
        for (SuiteService service : values()) {
            if (service.serviceName.equals(serviceName)) {
                return service;
            }
        }
        return null;
    }
}

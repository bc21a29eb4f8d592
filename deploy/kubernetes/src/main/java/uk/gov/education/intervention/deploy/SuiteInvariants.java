package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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

    private static final String APP_LABEL = "app.kubernetes.io/name";
    private static final String CNPG_LABEL = "cnpg.io/cluster";
    private static final Map<String, String> INGRESS_CONTROLLER_NAMESPACE =
            Map.of("kubernetes.io/metadata.name", "ingress-nginx");
    private static final Map<String, String> INGRESS_CONTROLLER_PODS = Map.of(APP_LABEL, "ingress-nginx");
    private static final Map<String, String> MONITORING_NAMESPACE = Map.of("kubernetes.io/metadata.name", "monitoring");
    private static final Map<String, String> PROMETHEUS_PODS = Map.of(APP_LABEL, "prometheus");
    private static final Map<String, String> DNS_NAMESPACE = Map.of("kubernetes.io/metadata.name", "kube-system");
    private static final Map<String, String> DNS_PODS = Map.of("k8s-app", "kube-dns");
    private static final Set<String> PUBLIC_PATHS = Set.of("/v1", "/q/swagger-ui", "/q/openapi");
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|SIGNING_KEY).*");
    private static final int CONNECTION_HEADROOM = 10;

    private final List<Manifest> manifests;
    private final Options options;
    private final List<String> violations = new ArrayList<>();

    private SuiteInvariants(List<Manifest> manifests, Options options) {
        this.manifests = manifests;
        this.options = options;
    }

    public static List<String> check(List<Manifest> manifests, Options options) {
        SuiteInvariants invariants = new SuiteInvariants(manifests, options);
        invariants.run();
        return invariants.violations;
    }

    private void run() {
        checkUniqueNames();
        checkNamespace();
        Map<SuiteService, Map<String, String>> podLabels = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            Deployment deployment = find("Deployment", service.serviceName(), Deployment.class);
            if (deployment == null) {
                fail("Deployment/" + service.serviceName() + " is missing");
                continue;
            }
            podLabels.put(service, labelsOf(deployment));
            checkDeployment(service, deployment);
            checkService(service, deployment);
            checkAutoscaler(service, deployment);
            checkDisruptionBudget(service, deployment);
            checkIngress(service);
            checkEnvironment(service, deployment);
            checkConfigMap(service);
        }
        checkDefaultDeny();
        checkNetworkPolicies(podLabels);
        checkDatabases(podLabels);
    }

    // --- objects and namespace ---

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

    // --- Deployment ---

    private void checkDeployment(SuiteService service, Deployment deployment) {
        String name = "Deployment/" + service.serviceName();
        Integer replicas = deployment.getSpec().getReplicas();
        if (replicas == null || replicas < options.profile().minReplicas()) {
            fail(name + " has " + replicas + " replicas; " + options.profile() + " needs at least "
                    + options.profile().minReplicas());
        }
        LabelSelector selector = deployment.getSpec().getSelector();
        if (!selects(selector, labelsOf(deployment), name + " selector")) {
            fail(name + " selector does not select its own pod template");
        }
        checkScrapeHints(name, service, deployment);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            fail(name + " mounts a service account token; the service calls no Kubernetes API");
        }
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC())) {
            fail(name + " shares a host namespace");
        }
        if (pod.getContainers().size() != 1) {
            fail(name + " must have exactly one container");
        }
        if (pod.getInitContainers() != null && !pod.getInitContainers().isEmpty()) {
            fail(name + " has init containers, which these checks do not cover");
        }
        PodSecurityContext podSecurity = pod.getSecurityContext();
        for (Container container : pod.getContainers()) {
            String where = name + " container " + container.getName();
            checkSecurity(where, podSecurity, container.getSecurityContext());
            checkTmp(where, pod, container);
            checkProbes(where, service, container);
            checkResources(where, container);
            checkImage(where, container);
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (ContainerPort port : list(container.getPorts())) {
                ports.put(port.getName(), port.getContainerPort());
            }
            if (!ports.equals(Map.of("http", service.port(), "management", service.managementPort()))) {
                fail(where + " must expose exactly two ports, http " + service.port() + " (the API) and management "
                        + service.managementPort() + " (health and metrics), not " + ports);
            }
        }
    }

    /** The annotations by which Prometheus (its usual kubernetes-pods job) finds each pod's metrics. */
    private void checkScrapeHints(String name, SuiteService service, Deployment deployment) {
        var metadata = deployment.getSpec().getTemplate().getMetadata();
        Map<String, String> annotations = metadata == null || metadata.getAnnotations() == null ? Map.of()
                : metadata.getAnnotations();
        Map<String, String> wanted = Map.of("prometheus.io/scrape", "true", "prometheus.io/path", "/q/metrics",
                "prometheus.io/port", String.valueOf(service.managementPort()));
        wanted.forEach((key, value) -> {
            if (!value.equals(annotations.get(key))) {
                fail(name + " pod annotation " + key + " is " + annotations.get(key) + ", not " + value
                        + " (Prometheus scrapes /q/metrics on the management port)");
            }
        });
    }

    private void checkSecurity(String where, PodSecurityContext pod, SecurityContext container) {
        if (container == null) {
            fail(where + " has no securityContext");
            return;
        }
        Boolean nonRoot = container.getRunAsNonRoot() != null ? container.getRunAsNonRoot()
                : pod == null ? null : pod.getRunAsNonRoot();
        if (!Boolean.TRUE.equals(nonRoot)) {
            fail(where + " may run as root: runAsNonRoot is not true");
        }
        Long user = container.getRunAsUser() != null ? container.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        if (user != null && user == 0L) {
            fail(where + " runs as user 0");
        }
        if (!Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            fail(where + " has a writable root filesystem: readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(container.getAllowPrivilegeEscalation())) {
            fail(where + " allows privilege escalation: allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(container.getPrivileged())) {
            fail(where + " is privileged");
        }
        Capabilities capabilities = container.getCapabilities();
        if (capabilities == null || capabilities.getDrop() == null || !capabilities.getDrop().contains("ALL")) {
            fail(where + " does not drop ALL capabilities");
        }
        if (capabilities != null && capabilities.getAdd() != null && !capabilities.getAdd().isEmpty()) {
            fail(where + " adds capabilities " + capabilities.getAdd());
        }
        String seccomp = container.getSeccompProfile() != null ? container.getSeccompProfile().getType()
                : pod == null || pod.getSeccompProfile() == null ? null : pod.getSeccompProfile().getType();
        if (!"RuntimeDefault".equals(seccomp)) {
            fail(where + " has seccomp profile " + seccomp + ", not RuntimeDefault");
        }
    }

    private void checkTmp(String where, PodSpec pod, Container container) {
        VolumeMount tmp = container.getVolumeMounts() == null ? null : container.getVolumeMounts().stream()
                .filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
        Volume volume = tmp == null || pod.getVolumes() == null ? null : pod.getVolumes().stream()
                .filter(v -> v.getName().equals(tmp.getName())).findFirst().orElse(null);
        if (volume == null || volume.getEmptyDir() == null) {
            fail(where + " has no emptyDir volume at /tmp (the JVM and Vert.x need one on a read-only root)");
        }
    }

    private void checkProbes(String where, SuiteService service, Container container) {
        checkProbe(where + " startupProbe", container.getStartupProbe(), "/q/health/started", service);
        checkProbe(where + " livenessProbe", container.getLivenessProbe(), "/q/health/live", service);
        checkProbe(where + " readinessProbe", container.getReadinessProbe(), "/q/health/ready", service);
    }

    private void checkProbe(String where, Probe probe, String path, SuiteService service) {
        if (probe == null) {
            fail(where + " is missing");
            return;
        }
        if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            fail(where + " must be an HTTP GET of " + path);
            return;
        }
        if (!isManagementPort(probe.getHttpGet().getPort(), service)) {
            fail(where + " probes port " + describe(probe.getHttpGet().getPort()) + ", not the management port "
                    + service.managementPort() + " (the API port serves no health)");
        }
    }

    private void checkResources(String where, Container container) {
        var resources = container.getResources();
        if (resources == null) {
            fail(where + " has no resources");
            return;
        }
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests() == null ? null : resources.getRequests().get(resource);
            Quantity limit = resources.getLimits() == null ? null : resources.getLimits().get(resource);
            if (request == null || limit == null) {
                fail(where + " needs both a request and a limit for " + resource);
            } else if (limit.compareTo(request) < 0) {
                fail(where + " " + resource + " limit " + limit + " is below its request " + request);
            }
        }
    }

    private void checkImage(String where, Container container) {
        String image = container.getImage();
        if (image == null || image.isBlank()) {
            fail(where + " has no image");
            return;
        }
        if (!options.renderedImages()) {
            return; // the base names images without a tag; every overlay sets one
        }
        boolean digest = image.contains("@sha256:");
        String afterSlash = image.substring(image.lastIndexOf('/') + 1);
        String tag = afterSlash.contains(":") ? afterSlash.substring(afterSlash.indexOf(':') + 1) : null;
        if (!digest && (tag == null || tag.equals("latest"))) {
            fail(where + " image " + image + " has no fixed tag or digest");
        }
        if ("Always".equals(container.getImagePullPolicy())) {
            fail(where + " pulls its image on every start (imagePullPolicy Always)");
        }
    }

    // --- Service, HPA, PDB, Ingress ---

    private void checkService(SuiteService service, Deployment deployment) {
        Service svc = find("Service", service.serviceName(), Service.class);
        String name = "Service/" + service.serviceName();
        if (svc == null) {
            fail(name + " is missing");
            return;
        }
        Map<String, String> selector = svc.getSpec().getSelector();
        if (selector == null || selector.isEmpty() || !contains(labelsOf(deployment), selector)) {
            fail(name + " does not select the pods of Deployment/" + service.serviceName());
        }
        List<ServicePort> ports = svc.getSpec().getPorts();
        if (ports == null || ports.size() != 1 || ports.get(0).getPort() == null
                || ports.get(0).getPort() != service.port() || !isServicePort(ports.get(0).getTargetPort(), service)) {
            fail(name + " must have one port " + service.port() + " to the container's http port (the management port "
                    + service.managementPort() + " is never published)");
        }
        if (svc.getSpec().getType() != null && !svc.getSpec().getType().equals("ClusterIP")) {
            fail(name + " is of type " + svc.getSpec().getType() + "; outside traffic comes through the Ingress");
        }
    }

    private void checkAutoscaler(SuiteService service, Deployment deployment) {
        HorizontalPodAutoscaler hpa = find("HorizontalPodAutoscaler", service.serviceName(), HorizontalPodAutoscaler.class);
        String name = "HorizontalPodAutoscaler/" + service.serviceName();
        if (hpa == null) {
            fail(name + " is missing");
            return;
        }
        var target = hpa.getSpec().getScaleTargetRef();
        if (target == null || !"apps/v1".equals(target.getApiVersion()) || !"Deployment".equals(target.getKind())
                || !service.serviceName().equals(target.getName())) {
            fail(name + " does not scale Deployment/" + service.serviceName());
        }
        Integer min = hpa.getSpec().getMinReplicas();
        Integer max = hpa.getSpec().getMaxReplicas();
        if (min == null || min < options.profile().minReplicas()) {
            fail(name + " minReplicas " + min + " is below " + options.profile().minReplicas());
        }
        if (max == null || min != null && max < min) {
            fail(name + " maxReplicas " + max + " is below minReplicas " + min);
        }
        Integer replicas = deployment.getSpec().getReplicas();
        if (replicas != null && min != null && max != null && (replicas < min || replicas > max)) {
            fail(name + " range " + min + ".." + max + " does not hold the Deployment's " + replicas + " replicas");
        }
        if (hpa.getSpec().getMetrics() == null || hpa.getSpec().getMetrics().isEmpty()) {
            fail(name + " has no metric to scale on");
        }
    }

    private void checkDisruptionBudget(SuiteService service, Deployment deployment) {
        PodDisruptionBudget pdb = find("PodDisruptionBudget", service.serviceName(), PodDisruptionBudget.class);
        String name = "PodDisruptionBudget/" + service.serviceName();
        if (pdb == null) {
            fail(name + " is missing");
            return;
        }
        if (!selects(pdb.getSpec().getSelector(), labelsOf(deployment), name)) {
            fail(name + " does not select the pods of Deployment/" + service.serviceName());
        }
        IntOrString maxUnavailable = pdb.getSpec().getMaxUnavailable();
        IntOrString minAvailable = pdb.getSpec().getMinAvailable();
        if ((maxUnavailable == null) == (minAvailable == null)) {
            fail(name + " must set exactly one of maxUnavailable and minAvailable");
        } else if (maxUnavailable != null && (maxUnavailable.getIntVal() == null || maxUnavailable.getIntVal() < 1)) {
            fail(name + " maxUnavailable must be a whole number of at least 1, or no node could be drained");
        } else if (minAvailable != null) {
            Integer replicas = deployment.getSpec().getReplicas();
            if (minAvailable.getIntVal() == null || replicas == null || minAvailable.getIntVal() >= replicas) {
                fail(name + " minAvailable " + minAvailable + " leaves no pod that may be evicted");
            }
        }
    }

    private void checkIngress(SuiteService service) {
        Ingress ingress = find("Ingress", service.serviceName(), Ingress.class);
        String name = "Ingress/" + service.serviceName();
        if (ingress == null) {
            fail(name + " is missing");
            return;
        }
        if (ingress.getSpec().getDefaultBackend() != null) {
            fail(name + " has a default backend, which would publish every path");
        }
        Set<String> hosts = new TreeSet<>();
        List<IngressRule> rules = ingress.getSpec().getRules() == null ? List.of() : ingress.getSpec().getRules();
        if (rules.isEmpty()) {
            fail(name + " has no rules");
        }
        for (IngressRule rule : rules) {
            if (rule.getHost() == null || rule.getHost().isBlank()) {
                fail(name + " has a rule without a host");
            } else {
                hosts.add(rule.getHost());
            }
            if (rule.getHttp() == null) {
                fail(name + " rule for " + rule.getHost() + " has no paths");
                continue;
            }
            Set<String> paths = new HashSet<>();
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                paths.add(path.getPath());
                if (!PUBLIC_PATHS.contains(path.getPath())) {
                    fail(name + " publishes " + path.getPath() + "; only " + new TreeSet<>(PUBLIC_PATHS)
                            + " are public (health and metrics stay inside)");
                }
                var backend = path.getBackend() == null ? null : path.getBackend().getService();
                if (backend == null || !service.serviceName().equals(backend.getName()) || backend.getPort() == null
                        || !("http".equals(backend.getPort().getName())
                        || Objects.equals(backend.getPort().getNumber(), service.port()))) {
                    fail(name + " path " + path.getPath() + " does not lead to Service/" + service.serviceName());
                }
            }
            if (!paths.equals(PUBLIC_PATHS)) {
                fail(name + " should publish exactly " + new TreeSet<>(PUBLIC_PATHS) + ", has " + new TreeSet<>(paths));
            }
        }
        Set<String> tlsHosts = new TreeSet<>();
        if (ingress.getSpec().getTls() != null) {
            ingress.getSpec().getTls().forEach(tls -> {
                if (tls.getHosts() != null) {
                    tlsHosts.addAll(tls.getHosts());
                }
                if (!SuiteService.SECRETS.contains(tls.getSecretName())) {
                    fail(name + " takes its certificate from Secret/" + tls.getSecretName()
                            + ", which deploy/README.md does not tell the operator to create");
                }
            });
        }
        if (!tlsHosts.containsAll(hosts)) {
            fail(name + " serves " + hosts + " but has TLS only for " + tlsHosts);
        }
        if (service == SuiteService.REPORTING) {
            ConfigMap config = find("ConfigMap", service.configMapName(), ConfigMap.class);
            String base = config == null || config.getData() == null ? null : config.getData().get("REPORTING_PUBLIC_BASE_URL");
            String host = base == null ? null : URI.create(base).getHost();
            if (host == null || !hosts.contains(host)) {
                fail("REPORTING_PUBLIC_BASE_URL " + base + " is not on a host of " + name + " " + hosts);
            }
        }
    }

    // --- configuration ---

    private void checkEnvironment(SuiteService service, Deployment deployment) {
        String name = "Deployment/" + service.serviceName();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> provided = new LinkedHashMap<>(); // name -> where from
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getSecretRef() != null) {
                    fail(name + " takes a whole Secret as environment; name each key instead");
                }
                if (source.getConfigMapRef() == null) {
                    continue;
                }
                String mapName = source.getConfigMapRef().getName();
                ConfigMap config = find("ConfigMap", mapName, ConfigMap.class);
                if (config == null) {
                    fail(name + " takes its environment from ConfigMap/" + mapName + ", which is missing");
                } else if (config.getData() != null) {
                    config.getData().keySet().forEach(key -> provided.put(key, "configmap"));
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar env : container.getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    String secret = env.getValueFrom().getSecretKeyRef().getName();
                    if (!SuiteService.SECRETS.contains(secret)) {
                        fail(name + " " + env.getName() + " reads Secret/" + secret
                                + ", which deploy/README.md does not tell the operator to create");
                    }
                    provided.put(env.getName(), "secret");
                } else if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                    provided.put(env.getName(), "configmap");
                } else {
                    provided.put(env.getName(), "literal");
                }
            }
        }
        for (String variable : SuiteService.FORBIDDEN_ENVIRONMENT) {
            if (provided.containsKey(variable)) {
                fail(name + " is given " + variable + " (a " + provided.get(variable) + " value), which only a local "
                        + "stack may set: the development key, or a key that mints tokens, has no place in a cluster");
            }
        }
        for (String variable : service.requiredEnvironment()) {
            if (!provided.containsKey(variable)) {
                fail(name + " is not given " + variable);
            }
        }
        for (String variable : service.tunedEnvironment()) {
            if (!provided.containsKey(variable)) {
                fail(name + " is not given " + variable + " (it has a default, but the manifests set every setting)");
            }
        }
        for (Set<String> oneOf : service.oneOfEnvironment()) {
            if (oneOf.stream().noneMatch(provided::containsKey)) {
                fail(name + " is given none of " + new TreeSet<>(oneOf));
            }
        }
        for (String variable : service.secretEnvironment()) {
            String from = provided.get(variable);
            if (from != null && !from.equals("secret")) {
                fail(name + " " + variable + " must come from a Secret reference, not a " + from);
            }
        }
        provided.forEach((variable, from) -> {
            // an address is not a secret, even the token endpoint's (REPORTING_OIDC_TOKEN_URL)
            if (!from.equals("secret") && SECRET_LIKE.matcher(variable).matches() && !variable.endsWith("_URL")) {
                fail(name + " " + variable + " looks secret but is a " + from + " value");
            }
        });
    }

    private void checkConfigMap(SuiteService service) {
        ConfigMap config = find("ConfigMap", service.configMapName(), ConfigMap.class);
        String name = "ConfigMap/" + service.configMapName();
        if (config == null) {
            fail(name + " is missing");
            return;
        }
        Map<String, String> data = config.getData() == null ? Map.of() : config.getData();
        for (String variable : SuiteService.FORBIDDEN_ENVIRONMENT) {
            if (data.containsKey(variable)) {
                fail(name + " sets " + variable + ", which only a local stack may set");
            }
        }
        if (!options.profile().seedData().equals(data.get("SEED_DATA"))) {
            fail(name + " SEED_DATA is " + data.get("SEED_DATA") + "; " + options.profile() + " wants "
                    + options.profile().seedData());
        }
        if (!"0.0.0.0".equals(data.get("HTTP_HOST"))) {
            fail(name + " HTTP_HOST must be 0.0.0.0 so that the Service can reach the pod");
        }
        String origins = data.get("CORS_ORIGINS");
        if (origins != null && origins.contains("*")) {
            fail(name + " CORS_ORIGINS contains '*': the service refuses to start with it in production; name each origin");
        }
        String logJson = data.get("LOG_JSON");
        if (logJson != null && !logJson.equals("true") && !logJson.equals("false")) {
            fail(name + " LOG_JSON is " + logJson + ", not true or false");
        }
        for (SuiteService.Call call : SuiteService.CALLS) {
            if (call.caller() == service) {
                String variable = call.callee() == SuiteService.COUNCILS ? "COUNCILS_SERVICE_URL" : "DIRECTIONS_SERVICE_URL";
                String expected = "http://" + call.callee().serviceName() + ":" + call.callee().port();
                if (!expected.equals(data.get(variable))) {
                    fail(name + " " + variable + " is " + data.get(variable) + ", not " + expected);
                }
            }
        }
        String url = data.get(service.dbUrlVariable());
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            fail(name + " " + service.dbUrlVariable() + " is not a PostgreSQL JDBC URL: " + url);
            return;
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!database.equals(service.database())) {
            fail(name + " " + service.dbUrlVariable() + " names database " + database + ", not " + service.database());
        }
        if (options.database() == DatabaseChoice.CLOUDNATIVE_PG
                && !(service.clusterName() + "-rw").equals(uri.getHost())) {
            fail(name + " " + service.dbUrlVariable() + " points at " + uri.getHost() + ", not the read-write service "
                    + service.clusterName() + "-rw");
        }
        if (options.database() == DatabaseChoice.EXTERNAL && uri.getHost() != null && uri.getHost().endsWith("-rw")) {
            fail(name + " " + service.dbUrlVariable() + " still points at a CloudNativePG service: " + uri.getHost());
        }
    }

    // --- network ---

    private void checkDefaultDeny() {
        boolean found = false;
        for (Manifest manifest : manifests) {
            if (!manifest.kind().equals("NetworkPolicy")) {
                continue;
            }
            NetworkPolicySpec spec = manifest.as(NetworkPolicy.class).getSpec();
            boolean allPods = spec.getPodSelector() != null && isEmpty(spec.getPodSelector());
            if (allPods && spec.getPolicyTypes() != null && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                    && isEmptyList(spec.getIngress()) && isEmptyList(spec.getEgress())) {
                found = true;
            } else if (allPods) {
                fail(manifest + " selects every pod but is not a plain default deny");
            }
        }
        if (!found) {
            fail("no default-deny NetworkPolicy (every pod, Ingress and Egress, no rules)");
        }
    }

    private void checkNetworkPolicies(Map<SuiteService, Map<String, String>> podLabels) {
        Set<SuiteService.Call> ingressCalls = new LinkedHashSet<>();
        Set<SuiteService.Call> egressCalls = new LinkedHashSet<>();
        for (SuiteService service : podLabels.keySet()) {
            Map<String, String> labels = podLabels.get(service);
            List<Manifest> policies = manifests.stream()
                    .filter(m -> m.kind().equals("NetworkPolicy"))
                    .filter(m -> selects(m.as(NetworkPolicy.class).getSpec().getPodSelector(), labels, m.toString()))
                    .filter(m -> !isEmpty(m.as(NetworkPolicy.class).getSpec().getPodSelector()))
                    .toList();
            if (policies.isEmpty()) {
                fail("no NetworkPolicy of its own selects " + service.serviceName());
                continue;
            }
            boolean ingressController = false;
            boolean prometheus = false;
            boolean dns = false;
            boolean database = false;
            boolean issuer = false;
            for (Manifest manifest : policies) {
                NetworkPolicySpec spec = manifest.as(NetworkPolicy.class).getSpec();
                if (spec.getPolicyTypes() == null || !spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))) {
                    fail(manifest + " must govern both Ingress and Egress");
                }
                for (NetworkPolicyIngressRule rule : list(spec.getIngress())) {
                    String where = manifest + " ingress rule";
                    if (isEmptyList(rule.getFrom())) {
                        fail(where + " accepts traffic from anywhere");
                        continue;
                    }
                    // Prometheus reaches the management port and nothing else; everyone else the API port only
                    boolean scraping = rule.getFrom().stream().anyMatch(peer -> isPrometheus(peer, where));
                    if (scraping && !rule.getFrom().stream().allMatch(peer -> isPrometheus(peer, where))) {
                        fail(where + " admits Prometheus together with other peers; give it a rule of its own");
                    }
                    if (scraping) {
                        if (portsAre(rule.getPorts(), Set.of(service.managementPort()), "TCP")) {
                            prometheus = true;
                        } else {
                            fail(where + " lets Prometheus reach " + describePorts(rule.getPorts()) + "; it may reach only "
                                    + service.serviceName() + "'s management port TCP " + service.managementPort());
                        }
                        continue;
                    }
                    if (!portsAre(rule.getPorts(), Set.of(service.port()), "TCP")) {
                        fail(where + " accepts ports " + describePorts(rule.getPorts()) + "; "
                                + service.serviceName() + " accepts only TCP " + service.port()
                                + " (its management port " + service.managementPort() + " only from Prometheus)");
                    }
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        if (peer.getIpBlock() != null) {
                            fail(where + " accepts an IP block " + peer.getIpBlock().getCidr());
                        } else if (peer.getNamespaceSelector() != null) {
                            if (matchLabels(peer.getNamespaceSelector(), where).equals(INGRESS_CONTROLLER_NAMESPACE)
                                    && peer.getPodSelector() != null
                                    && matchLabels(peer.getPodSelector(), where).equals(INGRESS_CONTROLLER_PODS)) {
                                ingressController = true;
                            } else {
                                fail(where + " accepts pods of other namespaces than the ingress controller's and Prometheus's");
                            }
                        } else {
                            Set<SuiteService> callers = servicesSelectedBy(peer.getPodSelector(), podLabels, where);
                            if (callers.isEmpty()) {
                                fail(where + " accepts pods that are none of the suite's services: "
                                        + matchLabels(peer.getPodSelector(), where));
                            }
                            callers.forEach(caller -> ingressCalls.add(new SuiteService.Call(caller, service)));
                        }
                    }
                }
                for (NetworkPolicyEgressRule rule : list(spec.getEgress())) {
                    String where = manifest + " egress rule";
                    if (isEmptyList(rule.getTo())) {
                        fail(where + " allows traffic to anywhere");
                        continue;
                    }
                    if (isEmptyList(rule.getPorts())) {
                        fail(where + " allows every port");
                        continue;
                    }
                    for (NetworkPolicyPeer peer : rule.getTo()) {
                        if (peer.getIpBlock() != null) {
                            if (portsAre(rule.getPorts(), Set.of(443), "TCP")) {
                                issuer = true;
                            } else if (options.database() == DatabaseChoice.EXTERNAL
                                    && portsAre(rule.getPorts(), Set.of(5432), "TCP")) {
                                database = true;
                                if (peer.getIpBlock().getCidr().equals("0.0.0.0/0")) {
                                    fail(where + " lets " + service.serviceName() + " reach PostgreSQL anywhere");
                                }
                            } else {
                                fail(where + " allows " + describePorts(rule.getPorts()) + " to an IP block");
                            }
                        } else if (peer.getNamespaceSelector() != null) {
                            if (matchLabels(peer.getNamespaceSelector(), where).equals(DNS_NAMESPACE)
                                    && peer.getPodSelector() != null
                                    && matchLabels(peer.getPodSelector(), where).equals(DNS_PODS)
                                    && portsAre(rule.getPorts(), Set.of(53), null)) {
                                dns = true;
                            } else {
                                fail(where + " reaches another namespace, which is not DNS on port 53");
                            }
                        } else {
                            Map<String, String> target = matchLabels(peer.getPodSelector(), where);
                            if (target.size() == 1 && target.containsKey(CNPG_LABEL)) {
                                if (options.database() != DatabaseChoice.CLOUDNATIVE_PG) {
                                    fail(where + " reaches CloudNativePG pods, but this deployment has none");
                                } else if (!service.clusterName().equals(target.get(CNPG_LABEL))) {
                                    fail(where + " lets " + service.serviceName() + " reach another service's database "
                                            + target.get(CNPG_LABEL));
                                } else if (!portsAre(rule.getPorts(), Set.of(5432), "TCP")) {
                                    fail(where + " reaches its database on " + describePorts(rule.getPorts()));
                                } else {
                                    database = true;
                                }
                                continue;
                            }
                            Set<SuiteService> callees = servicesSelectedBy(peer.getPodSelector(), podLabels, where);
                            if (callees.isEmpty()) {
                                fail(where + " reaches pods that are none of the suite's services: " + target);
                            }
                            for (SuiteService callee : callees) {
                                if (!portsAre(rule.getPorts(), Set.of(callee.port()), "TCP")) {
                                    fail(where + " reaches " + callee.serviceName() + " on "
                                            + describePorts(rule.getPorts()) + ", not its port " + callee.port());
                                }
                                egressCalls.add(new SuiteService.Call(service, callee));
                            }
                        }
                    }
                }
            }
            if (!ingressController) {
                fail(service.serviceName() + " does not accept the ingress controller on its port");
            }
            if (!prometheus) {
                fail(service.serviceName() + " does not let Prometheus scrape its management port " + service.managementPort());
            }
            if (!dns) {
                fail(service.serviceName() + " may not reach DNS");
            }
            if (!database) {
                fail(service.serviceName() + " may not reach its database");
            }
            if (!issuer) {
                fail(service.serviceName() + " may not reach the OIDC issuer (TCP 443)");
            }
        }
        if (!ingressCalls.equals(SuiteService.CALLS)) {
            fail("NetworkPolicy ingress allows the calls " + sorted(ingressCalls) + "; exactly " + sorted(SuiteService.CALLS)
                    + " are wanted");
        }
        if (!egressCalls.equals(SuiteService.CALLS)) {
            fail("NetworkPolicy egress allows the calls " + sorted(egressCalls) + "; exactly " + sorted(SuiteService.CALLS)
                    + " are wanted");
        }
    }

    // --- databases ---

    private void checkDatabases(Map<SuiteService, Map<String, String>> podLabels) {
        List<Manifest> clusters = manifests.stream().filter(m -> m.kind().equals("Cluster")).toList();
        if (options.database() == DatabaseChoice.EXTERNAL) {
            if (!clusters.isEmpty()) {
                fail("an external database was chosen, but CloudNativePG clusters are defined: " + clusters);
            }
            return;
        }
        if (clusters.size() != SuiteService.values().length) {
            fail("expected one CloudNativePG Cluster per service, found " + clusters.size());
        }
        for (SuiteService service : SuiteService.values()) {
            Manifest manifest = clusters.stream().filter(m -> m.name().equals(service.clusterName())).findFirst().orElse(null);
            String name = "Cluster/" + service.clusterName();
            if (manifest == null) {
                fail(name + " is missing");
                continue;
            }
            CnpgCluster cluster = manifest.as(CnpgCluster.class);
            CnpgCluster.Spec spec = cluster.spec();
            if (spec == null) {
                fail(name + " has no spec");
                continue;
            }
            if (spec.instances() != options.profile().clusterInstances()) {
                fail(name + " has " + spec.instances() + " instances; " + options.profile() + " wants "
                        + options.profile().clusterInstances());
            }
            CnpgCluster.InitDb initdb = spec.bootstrap() == null ? null : spec.bootstrap().initdb();
            if (initdb == null || !service.database().equals(initdb.database()) || !service.database().equals(initdb.owner())) {
                fail(name + " must bootstrap database " + service.database() + " owned by " + service.database());
            }
            if (initdb != null && initdb.secret() != null) {
                fail(name + " names its own owner Secret; the Deployment reads the operator's " + cluster.applicationSecret());
            }
            if (spec.imageName() == null || !spec.imageName().matches(".+:[0-9][^:/]*(@sha256:[0-9a-f]{64})?")) {
                fail(name + " image " + spec.imageName() + " is not pinned to a PostgreSQL version");
            }
            if (spec.storage() == null || spec.storage().size() == null) {
                fail(name + " has no storage size");
            }
            if (Boolean.TRUE.equals(spec.enableSuperuserAccess())) {
                fail(name + " exposes superuser access");
            }
            if (spec.resources() == null || spec.resources().getRequests() == null
                    || spec.resources().getLimits() == null || spec.resources().getLimits().get("memory") == null) {
                fail(name + " needs resource requests and a memory limit");
            }
            if (options.profile() == Profile.PRODUCTION && (spec.affinity() == null
                    || !Boolean.TRUE.equals(spec.affinity().enablePodAntiAffinity()))) {
                fail(name + " does not spread its instances over nodes (affinity.enablePodAntiAffinity)");
            }
            checkConnections(service, name, spec);
            checkDatabasePolicy(service, podLabels);
        }
    }

    private void checkConnections(SuiteService service, String name, CnpgCluster.Spec spec) {
        HorizontalPodAutoscaler hpa = find("HorizontalPodAutoscaler", service.serviceName(), HorizontalPodAutoscaler.class);
        if (hpa == null || hpa.getSpec().getMaxReplicas() == null) {
            return;
        }
        String value = spec.postgresql() == null || spec.postgresql().parameters() == null ? null
                : spec.postgresql().parameters().get("max_connections");
        int maxConnections = value == null ? 100 : Integer.parseInt(value); // PostgreSQL's default
        int needed = hpa.getSpec().getMaxReplicas() * options.poolSize(service) + CONNECTION_HEADROOM;
        if (needed > maxConnections) {
            fail(name + " max_connections " + maxConnections + " is below the " + needed + " that "
                    + hpa.getSpec().getMaxReplicas() + " pods of " + service.serviceName() + " with "
                    + options.poolSize(service) + " connections each (and " + CONNECTION_HEADROOM + " spare) need");
        }
    }

    private void checkDatabasePolicy(SuiteService service, Map<SuiteService, Map<String, String>> podLabels) {
        Map<String, String> dbPods = Map.of(CNPG_LABEL, service.clusterName());
        List<Manifest> policies = manifests.stream()
                .filter(m -> m.kind().equals("NetworkPolicy"))
                .filter(m -> !isEmpty(m.as(NetworkPolicy.class).getSpec().getPodSelector()))
                .filter(m -> selects(m.as(NetworkPolicy.class).getSpec().getPodSelector(), dbPods, m.toString()))
                .toList();
        if (policies.isEmpty()) {
            fail("no NetworkPolicy lets anything reach the " + service.clusterName() + " instances");
            return;
        }
        Set<SuiteService> clients = new TreeSet<>();
        for (Manifest manifest : policies) {
            for (NetworkPolicyIngressRule rule : list(manifest.as(NetworkPolicy.class).getSpec().getIngress())) {
                if (isEmptyList(rule.getFrom())) {
                    fail(manifest + " lets anything reach " + service.clusterName());
                    continue;
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    if (peer.getIpBlock() != null) {
                        fail(manifest + " lets an IP block reach " + service.clusterName());
                    }
                    if (peer.getNamespaceSelector() == null) {
                        clients.addAll(servicesSelectedBy(peer.getPodSelector(), podLabels, manifest.toString()));
                    }
                }
            }
        }
        if (!clients.equals(Set.of(service))) {
            fail(service.clusterName() + " may be reached by " + clients.stream().map(SuiteService::serviceName).toList()
                    + "; only " + service.serviceName() + " should");
        }
    }

    // --- helpers ---

    private <T> T find(String kind, String name, Class<T> type) {
        return manifests.stream().filter(m -> m.is(kind, name)).findFirst().map(m -> m.as(type)).orElse(null);
    }

    private static Map<String, String> labelsOf(Deployment deployment) {
        var metadata = deployment.getSpec().getTemplate().getMetadata();
        return metadata == null || metadata.getLabels() == null ? Map.of() : metadata.getLabels();
    }

    private boolean isServicePort(IntOrString port, SuiteService service) {
        return port != null && ("http".equals(port.getStrVal()) || Objects.equals(port.getIntVal(), service.port()));
    }

    private boolean isManagementPort(IntOrString port, SuiteService service) {
        return port != null && ("management".equals(port.getStrVal())
                || Objects.equals(port.getIntVal(), service.managementPort()));
    }

    private static String describe(IntOrString port) {
        return port == null ? "none" : port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    /** A peer that is the monitoring namespace's Prometheus pods, and only they. */
    private boolean isPrometheus(NetworkPolicyPeer peer, String where) {
        return peer.getIpBlock() == null && peer.getNamespaceSelector() != null && peer.getPodSelector() != null
                && matchLabels(peer.getNamespaceSelector(), where).equals(MONITORING_NAMESPACE)
                && matchLabels(peer.getPodSelector(), where).equals(PROMETHEUS_PODS);
    }

    private Set<SuiteService> servicesSelectedBy(LabelSelector selector, Map<SuiteService, Map<String, String>> podLabels,
                                                 String where) {
        Set<SuiteService> selected = new TreeSet<>();
        podLabels.forEach((service, labels) -> {
            if (selects(selector, labels, where)) {
                selected.add(service);
            }
        });
        return selected;
    }

    /** Whether the selector selects pods with these labels; matchExpressions are refused, not guessed. */
    private boolean selects(LabelSelector selector, Map<String, String> labels, String where) {
        if (selector == null) {
            return false;
        }
        return contains(labels, matchLabels(selector, where));
    }

    private Map<String, String> matchLabels(LabelSelector selector, String where) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            fail(where + " uses matchExpressions, which these checks do not evaluate; use matchLabels");
        }
        return selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    }

    private static boolean isEmpty(LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static boolean contains(Map<String, String> labels, Map<String, String> required) {
        return required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static boolean portsAre(List<NetworkPolicyPort> ports, Set<Integer> numbers, String protocol) {
        if (isEmptyList(ports)) {
            return false;
        }
        for (NetworkPolicyPort port : ports) {
            if (port.getPort() == null || port.getPort().getIntVal() == null || !numbers.contains(port.getPort().getIntVal())
                    || port.getEndPort() != null) {
                return false;
            }
            String actual = port.getProtocol() == null ? "TCP" : port.getProtocol();
            if (protocol != null && !protocol.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    private static String describePorts(List<NetworkPolicyPort> ports) {
        if (isEmptyList(ports)) {
            return "every port";
        }
        List<String> described = new ArrayList<>();
        for (NetworkPolicyPort port : ports) {
            described.add((port.getProtocol() == null ? "TCP" : port.getProtocol()) + " "
                    + (port.getPort() == null ? "any" : port.getPort().getValue())
                    + (port.getEndPort() == null ? "" : "-" + port.getEndPort()));
        }
        return described.toString();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static boolean isEmptyList(List<?> items) {
        return items == null || items.isEmpty();
    }

    private static List<String> sorted(Set<SuiteService.Call> calls) {
        return calls.stream().map(Object::toString).sorted().toList();
    }

    private void fail(String violation) {
        if (!violations.contains(violation)) {
            violations.add(violation);
        }
    }
}

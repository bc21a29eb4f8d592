package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rules of a service's Deployment: replicas, pod and container hardening, probes, resources, image and ports. */
final class WorkloadRules extends ManifestRules {

    WorkloadRules(ManifestRules shared) {
        super(shared);
    }

    void checkDeployment(SuiteService service, Deployment deployment) {
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
            checkPorts(where, service, container);
        }
    }

    private void checkPorts(String where, SuiteService service, Container container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ContainerPort port : list(container.getPorts())) {
            ports.put(port.getName(), port.getContainerPort());
        }
        if (!ports.equals(Map.of("http", service.port(), "management", service.managementPort()))) {
            fail(where + " must expose exactly two ports, http " + service.port() + " (the API) and management "
                    + service.managementPort() + " (health and metrics), not " + ports);
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
    private static boolean isManagementPort(IntOrString port, SuiteService service) {
        return port != null && ("management".equals(port.getStrVal())
                || Objects.equals(port.getIntVal(), service.managementPort()));
    }

    private static String describe(IntOrString port) {
        return port == null ? "none" : port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }
}

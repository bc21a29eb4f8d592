package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The rules of what stands in front of a service's pods: its Service, autoscaler, disruption budget and Ingress. */
final class ExposureRules extends ManifestRules {

    private static final Set<String> PUBLIC_PATHS = Set.of("/v1", "/q/swagger-ui", "/q/openapi");

    ExposureRules(ManifestRules shared) {
        super(shared);
    }

    void checkService(SuiteService service, Deployment deployment) {
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

    void checkAutoscaler(SuiteService service, Deployment deployment) {
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

    void checkDisruptionBudget(SuiteService service, Deployment deployment) {
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
    void checkIngress(SuiteService service) {
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
            checkIngressRule(name, service, rule, hosts);
        }
        Set<String> tlsHosts = tlsHosts(name, ingress);
        if (!tlsHosts.containsAll(hosts)) {
            fail(name + " serves " + hosts + " but has TLS only for " + tlsHosts);
        }
        // the services whose feed subscription URLs start with a public base URL: it must be a host of their Ingress
        String variable = service == SuiteService.REPORTING ? "REPORTING_PUBLIC_BASE_URL"
                : service == SuiteService.DIRECTIONS ? "DIRECTIONS_PUBLIC_BASE_URL" : null;
        if (variable != null) {
            ConfigMap config = find("ConfigMap", service.configMapName(), ConfigMap.class);
            String base = config == null || config.getData() == null ? null : config.getData().get(variable);
            String host = base == null ? null : URI.create(base).getHost();
            if (host == null || !hosts.contains(host)) {
                fail(variable + " " + base + " is not on a host of " + name + " " + hosts);
            }
        }
    }

    private void checkIngressRule(String name, SuiteService service, IngressRule rule, Set<String> hosts) {
        if (rule.getHost() == null || rule.getHost().isBlank()) {
            fail(name + " has a rule without a host");
        } else {
            hosts.add(rule.getHost());
        }
        if (rule.getHttp() == null) {
            fail(name + " rule for " + rule.getHost() + " has no paths");
            return;
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

    private Set<String> tlsHosts(String name, Ingress ingress) {
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
        return tlsHosts;
    }

    private static boolean isServicePort(IntOrString port, SuiteService service) {
        return port != null && ("http".equals(port.getStrVal()) || Objects.equals(port.getIntVal(), service.port()));
    }
}

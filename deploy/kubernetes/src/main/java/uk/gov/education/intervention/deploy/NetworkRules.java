package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the NetworkPolicies: a default deny, and for each service exactly the traffic it needs
 * (the ingress controller, Prometheus on the management port, DNS, its database, the OIDC issuer,
 * and the calls between services the suite makes, no more).
 */
final class NetworkRules extends ManifestRules {

    private static final Map<String, String> INGRESS_CONTROLLER_NAMESPACE =
            Map.of("kubernetes.io/metadata.name", "ingress-nginx");
    private static final Map<String, String> INGRESS_CONTROLLER_PODS = Map.of(APP_LABEL, "ingress-nginx");
    private static final Map<String, String> MONITORING_NAMESPACE = Map.of("kubernetes.io/metadata.name", "monitoring");
    private static final Map<String, String> PROMETHEUS_PODS = Map.of(APP_LABEL, "prometheus");
    private static final Map<String, String> DNS_NAMESPACE = Map.of("kubernetes.io/metadata.name", "kube-system");
    private static final Map<String, String> DNS_PODS = Map.of("k8s-app", "kube-dns");

    private final Map<SuiteService, Map<String, String>> podLabels;
    private final Set<SuiteService.Call> ingressCalls = new LinkedHashSet<>();
    private final Set<SuiteService.Call> egressCalls = new LinkedHashSet<>();

    /** What one service's policies let through, of what every service needs. */
    private static final class Reach {
        boolean ingressController;
        boolean prometheus;
        boolean dns;
        boolean database;
        boolean issuer;
    }

    NetworkRules(ManifestRules shared, Map<SuiteService, Map<String, String>> podLabels) {
        super(shared);
        this.podLabels = podLabels;
    }

    void checkDefaultDeny() {
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

    void checkNetworkPolicies() {
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
            Reach reach = new Reach();
            for (Manifest manifest : policies) {
                NetworkPolicySpec spec = manifest.as(NetworkPolicy.class).getSpec();
                if (spec.getPolicyTypes() == null || !spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))) {
                    fail(manifest + " must govern both Ingress and Egress");
                }
                for (NetworkPolicyIngressRule rule : list(spec.getIngress())) {
                    checkIngressRule(service, manifest + " ingress rule", rule, reach);
                }
                for (NetworkPolicyEgressRule rule : list(spec.getEgress())) {
                    checkEgressRule(service, manifest + " egress rule", rule, reach);
                }
            }
            checkReach(service, reach);
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

    private void checkReach(SuiteService service, Reach reach) {
        if (!reach.ingressController) {
            fail(service.serviceName() + " does not accept the ingress controller on its port");
        }
        if (!reach.prometheus) {
            fail(service.serviceName() + " does not let Prometheus scrape its management port " + service.managementPort());
        }
        if (!reach.dns) {
            fail(service.serviceName() + " may not reach DNS");
        }
        if (!reach.database) {
            fail(service.serviceName() + " may not reach its database");
        }
        if (!reach.issuer) {
            fail(service.serviceName() + " may not reach the OIDC issuer (TCP 443)");
        }
    }

    private void checkIngressRule(SuiteService service, String where, NetworkPolicyIngressRule rule, Reach reach) {
        if (isEmptyList(rule.getFrom())) {
            fail(where + " accepts traffic from anywhere");
            return;
        }
        // Prometheus reaches the management port and nothing else; everyone else the API port only
        boolean scraping = rule.getFrom().stream().anyMatch(peer -> isPrometheus(peer, where));
        if (scraping && !rule.getFrom().stream().allMatch(peer -> isPrometheus(peer, where))) {
            fail(where + " admits Prometheus together with other peers; give it a rule of its own");
        }
        if (scraping) {
            if (portsAre(rule.getPorts(), Set.of(service.managementPort()), "TCP")) {
                reach.prometheus = true;
            } else {
                fail(where + " lets Prometheus reach " + describePorts(rule.getPorts()) + "; it may reach only "
                        + service.serviceName() + "'s management port TCP " + service.managementPort());
            }
            return;
        }
        if (!portsAre(rule.getPorts(), Set.of(service.port()), "TCP")) {
            fail(where + " accepts ports " + describePorts(rule.getPorts()) + "; "
                    + service.serviceName() + " accepts only TCP " + service.port()
                    + " (its management port " + service.managementPort() + " only from Prometheus)");
        }
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            checkIngressPeer(service, where, peer, reach);
        }
    }

    private void checkIngressPeer(SuiteService service, String where, NetworkPolicyPeer peer, Reach reach) {
        if (peer.getIpBlock() != null) {
            fail(where + " accepts an IP block " + peer.getIpBlock().getCidr());
        } else if (peer.getNamespaceSelector() != null) {
            if (matchLabels(peer.getNamespaceSelector(), where).equals(INGRESS_CONTROLLER_NAMESPACE)
                    && peer.getPodSelector() != null
                    && matchLabels(peer.getPodSelector(), where).equals(INGRESS_CONTROLLER_PODS)) {
                reach.ingressController = true;
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

    private void checkEgressRule(SuiteService service, String where, NetworkPolicyEgressRule rule, Reach reach) {
        if (isEmptyList(rule.getTo())) {
            fail(where + " allows traffic to anywhere");
            return;
        }
        if (isEmptyList(rule.getPorts())) {
            fail(where + " allows every port");
            return;
        }
        for (NetworkPolicyPeer peer : rule.getTo()) {
            if (peer.getIpBlock() != null) {
                checkEgressToAddresses(service, where, rule, peer, reach);
            } else if (peer.getNamespaceSelector() != null) {
                if (matchLabels(peer.getNamespaceSelector(), where).equals(DNS_NAMESPACE)
                        && peer.getPodSelector() != null
                        && matchLabels(peer.getPodSelector(), where).equals(DNS_PODS)
                        && portsAre(rule.getPorts(), Set.of(53), null)) {
                    reach.dns = true;
                } else {
                    fail(where + " reaches another namespace, which is not DNS on port 53");
                }
            } else {
                checkEgressToPods(service, where, rule, peer, reach);
            }
        }
    }

    private void checkEgressToAddresses(SuiteService service, String where, NetworkPolicyEgressRule rule, NetworkPolicyPeer peer,
                                        Reach reach) {
        if (portsAre(rule.getPorts(), Set.of(443), "TCP")) {
            reach.issuer = true;
        } else if (options.database() == DatabaseChoice.EXTERNAL
                && portsAre(rule.getPorts(), Set.of(5432), "TCP")) {
            reach.database = true;
            if (peer.getIpBlock().getCidr().equals("0.0.0.0/0")) {
                fail(where + " lets " + service.serviceName() + " reach PostgreSQL anywhere");
            }
        } else {
            fail(where + " allows " + describePorts(rule.getPorts()) + " to an IP block");
        }
    }

    private void checkEgressToPods(SuiteService service, String where, NetworkPolicyEgressRule rule, NetworkPolicyPeer peer,
                                   Reach reach) {
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
                reach.database = true;
            }
            return;
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

    /** A peer that is the monitoring namespace's Prometheus pods, and only they. */
    private boolean isPrometheus(NetworkPolicyPeer peer, String where) {
        return peer.getIpBlock() == null && peer.getNamespaceSelector() != null && peer.getPodSelector() != null
                && matchLabels(peer.getNamespaceSelector(), where).equals(MONITORING_NAMESPACE)
                && matchLabels(peer.getPodSelector(), where).equals(PROMETHEUS_PODS);
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

    private static List<String> sorted(Set<SuiteService.Call> calls) {
        return calls.stream().map(Object::toString).sorted().toList();
    }
}

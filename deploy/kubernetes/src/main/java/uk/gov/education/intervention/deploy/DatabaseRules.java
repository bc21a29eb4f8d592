package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules of the CloudNativePG clusters: one per service, sized for its pods, reached by that service alone. */
final class DatabaseRules extends ManifestRules {

    private static final int CONNECTION_HEADROOM = 10;

    DatabaseRules(ManifestRules shared) {
        super(shared);
    }

    void checkDatabases(Map<SuiteService, Map<String, String>> podLabels) {
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
            if (cluster.spec() == null) {
                fail(name + " has no spec");
                continue;
            }
            checkCluster(service, name, cluster);
            checkConnections(service, name, cluster.spec());
            checkDatabasePolicy(service, podLabels);
        }
    }

    private void checkCluster(SuiteService service, String name, CnpgCluster cluster) {
        CnpgCluster.Spec spec = cluster.spec();
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
}

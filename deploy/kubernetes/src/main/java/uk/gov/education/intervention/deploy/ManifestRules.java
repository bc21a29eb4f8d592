package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rules of {@link SuiteInvariants} share: the manifests, the overlay's options, the one list
 * of violations every rule adds to, and reading objects and label selectors.
 */
abstract class ManifestRules {

    static final String APP_LABEL = "app.kubernetes.io/name";
    static final String CNPG_LABEL = "cnpg.io/cluster";

    final List<Manifest> manifests;
    final SuiteInvariants.Options options;
    private final List<String> violations;

    ManifestRules(List<Manifest> manifests, SuiteInvariants.Options options, List<String> violations) {
        this.manifests = manifests;
        this.options = options;
        this.violations = violations;
    }

    ManifestRules(ManifestRules shared) {
        this(shared.manifests, shared.options, shared.violations);
    }

    <T> T find(String kind, String name, Class<T> type) {
        return manifests.stream().filter(m -> m.is(kind, name)).findFirst().map(m -> m.as(type)).orElse(null);
    }

    static Map<String, String> labelsOf(Deployment deployment) {
        var metadata = deployment.getSpec().getTemplate().getMetadata();
        return metadata == null || metadata.getLabels() == null ? Map.of() : metadata.getLabels();
    }

    Set<SuiteService> servicesSelectedBy(LabelSelector selector, Map<SuiteService, Map<String, String>> podLabels,
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
    boolean selects(LabelSelector selector, Map<String, String> labels, String where) {
        if (selector == null) {
            return false;
        }
        return contains(labels, matchLabels(selector, where));
    }

    Map<String, String> matchLabels(LabelSelector selector, String where) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            fail(where + " uses matchExpressions, which these checks do not evaluate; use matchLabels");
        }
        return selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    }

    static boolean isEmpty(LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    static boolean contains(Map<String, String> labels, Map<String, String> required) {
        return required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    static boolean isEmptyList(List<?> items) {
        return items == null || items.isEmpty();
    }

    void fail(String violation) {
        if (!violations.contains(violation)) {
            violations.add(violation);
        }
    }
}

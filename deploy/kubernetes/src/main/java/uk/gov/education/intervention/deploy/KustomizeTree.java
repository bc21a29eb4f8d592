package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The YAML files under deploy/kubernetes, each checked by what it is: a kustomization (strict
 * {@link KustomizationFile}, with its inline JSON patches), a resource or a patch file (strict
 * {@link ManifestValidator}). A YAML file that no kustomization references is a problem too: it
 * would look deployed and be ignored.
 */
public final class KustomizeTree {

    public static final List<String> ROOTS = List.of("base", "components", "overlays");

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private final Map<Path, List<Manifest>> resources = new LinkedHashMap<>();
    private final Set<Path> referenced = new TreeSet<>();

    private KustomizeTree(Path root) {
        this.root = root;
    }

    /** Checks every YAML file under base/, components/ and overlays/ of the given directory. */
    public static KustomizeTree check(Path kubernetesDir) throws IOException {
        KustomizeTree tree = new KustomizeTree(kubernetesDir.toAbsolutePath().normalize());
        tree.run();
        return tree;
    }

    public List<String> problems() {
        return problems;
    }

    /** The resources (not patches) of the kustomization in the given directory, relative to the root. */
    public List<Manifest> resourcesOf(String directory) {
        Path dir = root.resolve(directory).normalize();
        List<Manifest> out = new ArrayList<>();
        resources.forEach((file, manifests) -> {
            if (file.getParent().startsWith(dir)) {
                out.addAll(manifests);
            }
        });
        return out;
    }

    private void run() throws IOException {
        List<Path> yamlFiles = new ArrayList<>();
        for (String top : ROOTS) {
            try (Stream<Path> files = Files.walk(root.resolve(top))) {
                files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().forEach(yamlFiles::add);
            }
        }
        for (Path file : yamlFiles) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                checkKustomization(file);
            }
        }
        for (Path file : yamlFiles) {
            if (!file.getFileName().toString().equals("kustomization.yaml") && !referenced.contains(file)) {
                problems.add(root.relativize(file) + ": no kustomization uses this file");
            }
        }
    }

    private void checkKustomization(Path file) {
        String where = root.relativize(file).toString();
        KustomizationFile kustomization;
        try {
            kustomization = StrictYaml.mapper().readValue(file.toFile(), KustomizationFile.class);
        } catch (IOException e) {
            problems.add(where + ": not a kustomization these checks know: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        boolean component = "Component".equals(kustomization.kind());
        String expectedApi = component ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1";
        if (!List.of("Kustomization", "Component").contains(kustomization.kind())
                || !expectedApi.equals(kustomization.apiVersion())) {
            problems.add(where + ": kind " + kustomization.kind() + " / apiVersion " + kustomization.apiVersion()
                    + " (expected Kustomization v1beta1 or Component v1alpha1)");
        }
        Path dir = file.getParent();
        for (String resource : list(kustomization.resources())) {
            checkResource(where, dir, resource);
        }
        for (String componentPath : list(kustomization.components())) {
            requireKustomization(where, dir.resolve(componentPath).normalize(), "component");
        }
        int n = 0;
        for (KustomizationFile.Patch patch : list(kustomization.patches())) {
            checkPatch(where + " patch " + ++n, dir, patch);
        }
        for (KustomizationFile.Image image : list(kustomization.images())) {
            if (image.name() == null || image.newTag() == null && image.digest() == null) {
                problems.add(where + ": image " + image.name() + " needs a newTag or a digest");
            }
        }
    }

    private void checkResource(String where, Path dir, String resource) {
        Path target = dir.resolve(resource).normalize();
        if (Files.isDirectory(target)) {
            requireKustomization(where, target, "resource directory");
        } else if (Files.isRegularFile(target)) {
            referenced.add(target);
            try {
                resources.put(target, ManifestValidator.parse(Files.readString(target), root.relativize(target).toString()));
            } catch (ManifestException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(root.relativize(target) + ": " + e.getMessage());
            }
        } else {
            problems.add(where + ": resource " + resource + " does not exist");
        }
    }

    private void checkPatch(String patchWhere, Path dir, KustomizationFile.Patch patch) {
        if ((patch.path() == null) == (patch.patch() == null)) {
            problems.add(patchWhere + ": give exactly one of path and patch");
            return;
        }
        if (patch.path() != null) {
            Path target = dir.resolve(patch.path()).normalize();
            referenced.add(target);
            try {
                ManifestValidator.parse(Files.readString(target), root.relativize(target).toString());
            } catch (ManifestException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(patchWhere + ": " + patch.path() + " cannot be read: " + e.getMessage());
            }
        } else {
            checkInlinePatch(patchWhere, patch);
        }
    }

    private void checkInlinePatch(String where, KustomizationFile.Patch patch) {
        if (patch.target() == null || patch.target().kind() == null) {
            problems.add(where + ": an inline patch needs a target kind");
        }
        try {
            List<KustomizationFile.JsonPatchOperation> operations = StrictYaml.mapper()
                    .readValue(patch.patch(), new TypeReference<List<KustomizationFile.JsonPatchOperation>>() { });
            if (operations.isEmpty()) {
                problems.add(where + ": an empty JSON patch");
            }
            for (KustomizationFile.JsonPatchOperation operation : operations) {
                if (operation.op() == null || operation.path() == null || !operation.path().startsWith("/")) {
                    problems.add(where + ": operation " + operation + " needs an op and a path starting with /");
                }
            }
        } catch (IOException e) {
            problems.add(where + ": inline patches here are JSON 6902 operations; this one does not parse: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void requireKustomization(String where, Path dir, String what) {
        if (!Files.isRegularFile(dir.resolve("kustomization.yaml"))) {
            problems.add(where + ": " + what + " " + root.relativize(dir) + " has no kustomization.yaml");
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}

package uk.gov.education.intervention.deploy;

import java.util.List;

/** A manifest that Kubernetes (or the operator) would refuse, or that the suite must not ship. */
public final class ManifestException extends Exception {

    private final List<String> problems;

    public ManifestException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

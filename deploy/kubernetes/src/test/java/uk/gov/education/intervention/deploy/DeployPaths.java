package uk.gov.education.intervention.deploy;

import java.nio.file.Path;

/** Where deploy/ is: the build passes it as deploy.dir; otherwise the module's parent. */
final class DeployPaths {

    private DeployPaths() {
    }

    static Path deploy() {
        String dir = System.getProperty("deploy.dir");
        return (dir != null ? Path.of(dir) : Path.of("..")).toAbsolutePath().normalize();
    }

    static Path kubernetes() {
        return deploy().resolve("kubernetes");
    }

    static Path compose() {
        return deploy().resolve("compose");
    }

    static Path repositoryRoot() {
        return deploy().getParent();
    }
}

package uk.gov.education.intervention.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/README.md tells the operator about every Secret, overlay and component the manifests have. */
class DeployReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(DeployPaths.deploy().resolve("README.md"));
    }

    @Test
    void namesEverySecretTheManifestsReference() throws IOException {
        String readme = readme();
        for (String secret : SuiteService.SECRETS) {
            assertTrue(readme.contains("`" + secret + "`"), "deploy/README.md does not mention Secret " + secret);
        }
    }

    @Test
    void namesEveryOverlayAndComponent() throws IOException {
        String readme = readme();
        for (String dir : new String[] {"overlays", "components"}) {
            try (Stream<Path> children = Files.list(DeployPaths.kubernetes().resolve(dir))) {
                children.map(p -> p.getFileName().toString())
                        .forEach(name -> assertTrue(readme.contains(name + "/"), "deploy/README.md does not mention " + dir + "/" + name));
            }
        }
        assertTrue(readme.contains("## What was verified and how"));
    }
}

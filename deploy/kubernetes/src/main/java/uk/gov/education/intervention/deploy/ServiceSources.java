package uk.gov.education.intervention.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the services' own configuration (src/main/resources/application.properties) asks of the
 * deployment: the environment variables it reads and the size of its connection pool. A service
 * whose module is not in this tree yet is simply absent.
 */
public final class ServiceSources {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private final Path repositoryRoot;

    public ServiceSources(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    public Path applicationProperties(SuiteService service) {
        return repositoryRoot.resolve(service.serviceName()).resolve("src/main/resources/application.properties");
    }

    public Optional<Properties> properties(SuiteService service) throws IOException {
        Path file = applicationProperties(service);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return Optional.of(properties);
    }

    /** Environment variables that the production profile reads (those of %dev and %test are left out). */
    public Optional<Set<String>> environmentVariables(SuiteService service) throws IOException {
        Optional<Properties> properties = properties(service);
        if (properties.isEmpty()) {
            return Optional.empty();
        }
        Set<String> variables = new TreeSet<>();
        for (String key : properties.get().stringPropertyNames()) {
            if (key.startsWith("%dev.") || key.startsWith("%test.")) {
                continue;
            }
            Matcher matcher = VARIABLE.matcher(properties.get().getProperty(key));
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        }
        return Optional.of(variables);
    }

    /** quarkus.datasource.jdbc.max-size of each service present (Quarkus's default is 20). */
    public Map<SuiteService, Integer> poolSizes() throws IOException {
        Map<SuiteService, Integer> sizes = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            Optional<Properties> properties = properties(service);
            if (properties.isPresent()) {
                String value = properties.get().getProperty("%prod.quarkus.datasource.jdbc.max-size",
                        properties.get().getProperty("quarkus.datasource.jdbc.max-size", "20"));
                sizes.put(service, Integer.parseInt(value.trim()));
            }
        }
        return sizes;
    }
}

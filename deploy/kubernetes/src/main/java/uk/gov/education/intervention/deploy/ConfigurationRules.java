package uk.gov.education.intervention.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The rules of a service's configuration: the environment its Deployment gives it, and its ConfigMap. */
final class ConfigurationRules extends ManifestRules {

    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|SIGNING_KEY).*");

    ConfigurationRules(ManifestRules shared) {
        super(shared);
    }

    void checkEnvironment(SuiteService service, Deployment deployment) {
        String name = "Deployment/" + service.serviceName();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> provided = new LinkedHashMap<>(); // name -> where from
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                addFromSource(name, source, provided);
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar env : container.getEnv()) {
                addVariable(name, env, provided);
            }
        }
        checkProvided(name, service, provided);
    }

    private void addFromSource(String name, EnvFromSource source, Map<String, String> provided) {
        if (source.getSecretRef() != null) {
            fail(name + " takes a whole Secret as environment; name each key instead");
        }
        if (source.getConfigMapRef() == null) {
            return;
        }
        String mapName = source.getConfigMapRef().getName();
        ConfigMap config = find("ConfigMap", mapName, ConfigMap.class);
        if (config == null) {
            fail(name + " takes its environment from ConfigMap/" + mapName + ", which is missing");
        } else if (config.getData() != null) {
            config.getData().keySet().forEach(key -> provided.put(key, "configmap"));
        }
    }

    private void addVariable(String name, EnvVar env, Map<String, String> provided) {
        if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
            String secret = env.getValueFrom().getSecretKeyRef().getName();
            if (!SuiteService.SECRETS.contains(secret)) {
                fail(name + " " + env.getName() + " reads Secret/" + secret
                        + ", which deploy/README.md does not tell the operator to create");
            }
            provided.put(env.getName(), "secret");
        } else if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
            provided.put(env.getName(), "configmap");
        } else {
            provided.put(env.getName(), "literal");
        }
    }

    /** What the service is given against what it needs, may not have, and must have from a Secret. */
    private void checkProvided(String name, SuiteService service, Map<String, String> provided) {
        for (String variable : SuiteService.FORBIDDEN_ENVIRONMENT) {
            if (provided.containsKey(variable)) {
                fail(name + " is given " + variable + " (a " + provided.get(variable) + " value), which only a local "
                        + "stack may set: the development key, or a key that mints tokens, has no place in a cluster");
            }
        }
        for (String variable : service.requiredEnvironment()) {
            if (!provided.containsKey(variable)) {
                fail(name + " is not given " + variable);
            }
        }
        for (String variable : service.tunedEnvironment()) {
            if (!provided.containsKey(variable)) {
                fail(name + " is not given " + variable + " (it has a default, but the manifests set every setting)");
            }
        }
        for (Set<String> oneOf : service.oneOfEnvironment()) {
            if (oneOf.stream().noneMatch(provided::containsKey)) {
                fail(name + " is given none of " + new TreeSet<>(oneOf));
            }
        }
        for (String variable : service.secretEnvironment()) {
            String from = provided.get(variable);
            if (from != null && !from.equals("secret")) {
                fail(name + " " + variable + " must come from a Secret reference, not a " + from);
            }
        }
        provided.forEach((variable, from) -> {
            // an address is not a secret, even the token endpoint's (REPORTING_OIDC_TOKEN_URL)
            if (!from.equals("secret") && SECRET_LIKE.matcher(variable).matches() && !variable.endsWith("_URL")) {
                fail(name + " " + variable + " looks secret but is a " + from + " value");
            }
        });
    }

    void checkConfigMap(SuiteService service) {
        ConfigMap config = find("ConfigMap", service.configMapName(), ConfigMap.class);
        String name = "ConfigMap/" + service.configMapName();
        if (config == null) {
            fail(name + " is missing");
            return;
        }
        Map<String, String> data = config.getData() == null ? Map.of() : config.getData();
        checkSettings(name, data);
        for (SuiteService.Call call : SuiteService.CALLS) {
            if (call.caller() == service) {
                String variable = call.callee() == SuiteService.COUNCILS ? "COUNCILS_SERVICE_URL" : "DIRECTIONS_SERVICE_URL";
                String expected = "http://" + call.callee().serviceName() + ":" + call.callee().port();
                if (!expected.equals(data.get(variable))) {
                    fail(name + " " + variable + " is " + data.get(variable) + ", not " + expected);
                }
            }
        }
        checkDatabaseUrl(name, service, data.get(service.dbUrlVariable()));
    }

    private void checkSettings(String name, Map<String, String> data) {
        for (String variable : SuiteService.FORBIDDEN_ENVIRONMENT) {
            if (data.containsKey(variable)) {
                fail(name + " sets " + variable + ", which only a local stack may set");
            }
        }
        if (!options.profile().seedData().equals(data.get("SEED_DATA"))) {
            fail(name + " SEED_DATA is " + data.get("SEED_DATA") + "; " + options.profile() + " wants "
                    + options.profile().seedData());
        }
        if (!"0.0.0.0".equals(data.get("HTTP_HOST"))) {
            fail(name + " HTTP_HOST must be 0.0.0.0 so that the Service can reach the pod");
        }
        String origins = data.get("CORS_ORIGINS");
        if (origins != null && origins.contains("*")) {
            fail(name + " CORS_ORIGINS contains '*': the service refuses to start with it in production; name each origin");
        }
        String logJson = data.get("LOG_JSON");
        if (logJson != null && !logJson.equals("true") && !logJson.equals("false")) {
            fail(name + " LOG_JSON is " + logJson + ", not true or false");
        }
    }

    private void checkDatabaseUrl(String name, SuiteService service, String url) {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            fail(name + " " + service.dbUrlVariable() + " is not a PostgreSQL JDBC URL: " + url);
            return;
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!database.equals(service.database())) {
            fail(name + " " + service.dbUrlVariable() + " names database " + database + ", not " + service.database());
        }
        if (options.database() == DatabaseChoice.CLOUDNATIVE_PG
                && !(service.clusterName() + "-rw").equals(uri.getHost())) {
            fail(name + " " + service.dbUrlVariable() + " points at " + uri.getHost() + ", not the read-write service "
                    + service.clusterName() + "-rw");
        }
        if (options.database() == DatabaseChoice.EXTERNAL && uri.getHost() != null && uri.getHost().endsWith("-rw")) {
            fail(name + " " + service.dbUrlVariable() + " still points at a CloudNativePG service: " + uri.getHost());
        }
    }
}

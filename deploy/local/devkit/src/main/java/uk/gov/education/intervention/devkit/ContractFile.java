package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's OpenAPI contract as a file committed in its module ({@code contract/openapi.json}),
 * and the checks its tests make on the contract the service serves:
 * <ul>
 * <li>it is the committed one, byte for byte once canonicalised (keys sorted, two-space indent),
 * so that every change to the API shows up in review as a change to the file. Run the tests with
 * {@code -Dcontract.update=true} to write the served contract to the file instead;</li>
 * <li>every operation is documented: an operationId of its own, a summary, a description, its
 * error responses as problem details, the schema of its success bodies, and an example of any
 * request body.</li>
 * </ul>
 */
public final class ContractFile {

    /** Where each module keeps its contract, relative to the module. */
    public static final Path LOCATION = Path.of("contract", "openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ContractFile() {
    }

    /** The document in the committed file's canonical form. */
    public static String canonical(String openApiJson) {
        try {
            Object tree = JSON.readValue(openApiJson, Object.class);
            return JSON.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new AssertionError("the served OpenAPI document is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Fails unless the served contract equals the committed file; with {@code -Dcontract.update=true}
     * writes it there instead.
     */
    public static void assertServedIsCommitted(String servedJson) throws IOException {
        assertServedIsCommitted(servedJson, LOCATION.toAbsolutePath(), Boolean.getBoolean("contract.update"));
    }

    static void assertServedIsCommitted(String servedJson, Path file, boolean update) throws IOException {
        String served = canonical(servedJson);
        if (update) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No committed contract at " + file + ". Write it with: ./mvnw verify -Dcontract.update=true");
        }
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        if (!committed.equals(served)) {
            throw new AssertionError("The API this service serves differs from its committed contract " + file + ":\n"
                    + firstDifference(committed, served)
                    + "\nIf the change is intended, update the file with ./mvnw verify -Dcontract.update=true, review the "
                    + "diff, and commit it (a breaking change must also raise info.version's major number).");
        }
    }

    /** Fails unless {@code servedJson} equals the contract in {@code committedFile} (never writes). */
    public static void assertMatches(String servedJson, Path committedFile) throws IOException {
        assertServedIsCommitted(servedJson, committedFile, false);
    }

    /**
     * Fails listing every operation that lacks a unique operationId, a summary, a description, a 4xx
     * problem response, a described body for each 2xx answer (but 204), or an example of its request body.
     */
    public static void assertEveryOperationDocumented(String openApiJson) throws IOException {
        JsonNode api = JSON.readTree(openApiJson);
        List<String> faults = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String where = op.getKey().toUpperCase() + " " + path.getKey();
                    describeFaults(where, op.getValue(), operationIds, faults);
                    answerFaults(where, op.getValue(), faults);
                    exampleFaults(where, op.getValue(), api, faults);
                }
            }
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("The contract leaves operations undocumented:\n  " + String.join("\n  ", faults));
        }
    }

    private static void describeFaults(String where, JsonNode o, Map<String, String> operationIds, List<String> faults) {
        String id = o.path("operationId").asText("");
        if (id.isBlank()) {
            faults.add(where + ": no operationId");
        } else if (operationIds.put(id, where) != null) {
            faults.add(where + ": operationId " + id + " is also " + operationIds.get(id));
        }
        if (o.path("summary").asText("").isBlank()) {
            faults.add(where + ": no summary");
        }
        if (o.path("description").asText("").isBlank()) {
            faults.add(where + ": no description");
        }
    }

    private static void answerFaults(String where, JsonNode o, List<String> faults) {
        if (!hasProblemResponse(o.path("responses"))) {
            faults.add(where + ": no 4xx response documented as application/problem+json");
        }
        Iterator<Map.Entry<String, JsonNode>> responses = o.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> r = responses.next();
            if (!r.getKey().startsWith("2") || r.getKey().equals("204")) {
                continue;
            }
            JsonNode content = r.getValue().path("content");
            if (content.size() == 0) {
                faults.add(where + ": its " + r.getKey() + " response does not describe its body");
            }
            content.fields().forEachRemaining(t -> {
                if (t.getKey().contains("json") && t.getValue().path("schema").size() == 0) {
                    faults.add(where + ": its " + r.getKey() + " " + t.getKey() + " body has no schema");
                }
            });
        }
    }

    private static void exampleFaults(String where, JsonNode o, JsonNode api, List<String> faults) {
        Iterator<Map.Entry<String, JsonNode>> types = o.path("requestBody").path("content").fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> t = types.next();
            if (!hasExample(t.getValue(), api)) {
                faults.add(where + ": no example of its " + t.getKey() + " request body");
            }
        }
    }

    private static boolean hasProblemResponse(JsonNode responses) {
        Iterator<Map.Entry<String, JsonNode>> it = responses.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> r = it.next();
            if (r.getKey().startsWith("4") && r.getValue().path("content").has("application/problem+json")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExample(JsonNode mediaType, JsonNode api) {
        if (mediaType.has("example") || mediaType.path("examples").size() > 0) {
            return true;
        }
        return exemplified(mediaType.path("schema"), api, 0);
    }

    /**
     * Whether a schema gives an example of itself: its own, or (for an object) one for each required
     * property (each property when none is required), from which Swagger UI builds the whole body.
     */
    private static boolean exemplified(JsonNode schema, JsonNode api, int depth) {
        if (depth > 8) {
            return false;
        }
        if (schema.has("example") || schema.path("examples").size() > 0 || schema.has("enum")) {
            return true;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return exemplified(api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length())), api,
                    depth + 1);
        }
        if (schema.has("items")) {
            return exemplified(schema.path("items"), api, depth + 1);
        }
        JsonNode properties = schema.path("properties");
        if (properties.size() == 0) {
            return false;
        }
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        if (names.isEmpty()) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            if (!exemplified(properties.path(name), api, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder("first difference at line " + (i + 1) + ":\n");
        for (int k = Math.max(0, i - 2); k < Math.min(Math.max(a.length, b.length), i + 3); k++) {
            sb.append("  committed: ").append(k < a.length ? a[k] : "<end>").append('\n');
            sb.append("  served:    ").append(k < b.length ? b[k] : "<end>").append('\n');
        }
        return sb.toString();
    }
}

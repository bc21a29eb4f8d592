package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another service's committed OpenAPI contract, as the stand-ins of that service are checked
 * against it: which operation a request is (method and path template), whether the request carries
 * the parameters the operation declares and only those, and whether an answer is one the operation
 * declares (status, content type, body valid against the response's schema, JSON Schema 2020-12 as
 * OpenAPI 3.1 says, by networknt's validator).
 */
public final class ProviderContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://provider.invalid/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, path template and the regex of that template. */
    public record Operation(String method, String template, Pattern path, JsonNode node) {
        public String key() {
            return method.toUpperCase() + " " + template;
        }
    }

    private final String name;
    private final Path file;
    private final JsonNode api;
    private final JsonSchemaFactory schemas;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ProviderContract(String name, Path file) throws IOException {
        this.name = name;
        this.file = file;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        api = JSON.readTree(text);
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaLoaders(l -> l.schemas(Map.of(BASE, text))));
        api.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                String regex = Pattern.quote(p.getKey()).replaceAll("\\{[^}/]+}", "\\\\E([^/]+)\\\\Q");
                operations.add(new Operation(m.getKey(), p.getKey(), Pattern.compile(regex), m.getValue()));
            }
        }));
    }

    /** The committed contract of a service of the suite ({@code <service>/contract/openapi.json} in the checkout). */
    public static ProviderContract of(String service) {
        Path file = Checkout.root().resolve(service).resolve(ContractFile.LOCATION);
        try {
            return new ProviderContract(service, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + service + "'s contract at " + file, e);
        }
    }

    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /** The operation of this method and path (no query), or null when the contract has none. */
    public Operation operation(String method, String path) {
        for (Operation op : operations) {
            if (op.method().equalsIgnoreCase(method) && op.path().matcher(path).matches()) {
                return op;
            }
        }
        return null;
    }

    /** Operations of this method whose path, with each template variable replaced by {@code sample}, the regex matches. */
    public List<Operation> operationsMatching(String method, Pattern pathRegex, String sample) {
        List<Operation> out = new ArrayList<>();
        for (Operation op : operations) {
            if (op.method().equalsIgnoreCase(method)
                    && pathRegex.matcher(op.template().replaceAll("\\{[^}/]+}", sample)).matches()) {
                out.add(op);
            }
        }
        return out;
    }

    /**
     * What is wrong with a request: no such operation, a required parameter missing, a parameter the
     * operation does not declare, a value its schema refuses. Empty when the request is one the contract allows.
     */
    public List<String> checkRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers) {
        List<String> wrong = new ArrayList<>();
        Operation op = operation(method, path);
        if (op == null) {
            wrong.add(method + " " + path + " is no operation of " + name + "'s contract");
            return wrong;
        }
        Set<String> declaredQuery = new java.util.HashSet<>();
        JsonNode params = op.node().path("parameters");
        for (int i = 0; i < params.size(); i++) {
            JsonNode p = params.get(i);
            if ("query".equals(p.path("in").asText())) {
                declaredQuery.add(p.path("name").asText());
            }
            checkParameter(op, i, pathValues(op, path), query, headers).forEach(wrong::add);
        }
        query.keySet().stream().filter(q -> !declaredQuery.contains(q))
                .forEach(q -> wrong.add(op.key() + ": query parameter '" + q + "' is not declared"));
        return wrong;
    }

    private List<String> checkParameter(Operation op, int index, Map<String, String> pathValues,
                                        Map<String, List<String>> query, Map<String, String> headers) {
        JsonNode p = op.node().path("parameters").get(index);
        String pname = p.path("name").asText();
        String in = p.path("in").asText();
        List<String> values = switch (in) {
            case "path" -> pathValues.containsKey(pname) ? List.of(pathValues.get(pname)) : null;
            case "query" -> query.get(pname);
            case "header" -> headerValue(headers, pname);
            default -> null;
        };
        if (values == null || values.isEmpty()) {
            return p.path("required").asBoolean(false)
                    ? List.of(op.key() + ": required " + in + " parameter '" + pname + "' missing") : List.of();
        }
        JsonNode value = coerce(resolve(p.path("schema")), values);
        return validate(absolute(p.path("schema").deepCopy()), value).stream()
                .map(e -> op.key() + ": " + in + " parameter '" + pname + "' = " + values + ": " + e).toList();
    }

    /** The values of a path's template variables, by name. */
    private static Map<String, String> pathValues(Operation op, String path) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = op.path().matcher(path);
        if (!m.matches()) {
            return out;
        }
        Matcher v = Pattern.compile("\\{([^}/]+)}").matcher(op.template());
        for (int g = 1; v.find(); g++) {
            out.put(v.group(1), m.group(g));
        }
        return out;
    }

    /**
     * What is wrong with an answer of this operation: a status it does not declare, a content type
     * other than the declared ones, a body where none is declared, a body its schema refuses.
     */
    public List<String> checkResponse(Operation op, int status, String contentType, String body) {
        List<String> wrong = new ArrayList<>();
        String code = String.valueOf(status);
        JsonNode responses = op.node().path("responses");
        if (!responses.has(code)) {
            code = responses.has("default") ? "default" : null;
        }
        if (code == null) {
            wrong.add(op.key() + ": status " + status + " is not declared (declared: " + names(responses) + ")");
            return wrong;
        }
        JsonNode content = responses.path(code).path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                wrong.add(op.key() + ": status " + status + " declares no body, the stand-in sent one");
            }
            return wrong;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!content.has(mediaType)) {
            wrong.add(op.key() + ": status " + status + " with Content-Type '" + contentType + "', declared: " + names(content));
            return wrong;
        }
        if (content.path(mediaType).has("schema") && mediaType.endsWith("json")) {
            wrong.addAll(checkJsonBody(op, status, code, mediaType, hasBody ? body : ""));
        }
        return wrong;
    }

    private List<String> checkJsonBody(Operation op, int status, String code, String mediaType, String body) {
        List<String> wrong = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            wrong.add(op.key() + ": status " + status + " body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return wrong;
        }
        if (tree == null || tree.isMissingNode()) {
            wrong.add(op.key() + ": status " + status + " body is empty");
            return wrong;
        }
        String pointer = pointer(op) + "/responses/" + code + "/content/" + mediaType.replace("~", "~0").replace("/", "~1") + "/schema";
        validate(pointer, tree).forEach(e -> wrong.add(op.key() + ": status " + status + " body: " + e));
        return wrong;
    }

    private List<String> validate(String pointer, JsonNode value) {
        return validate(JSON.createObjectNode().put("$ref", BASE + "#" + pointer.replace("{", "%7B").replace("}", "%7D")), value);
    }

    /** A schema with its references made absolute; a reference into a parameters array would not resolve, so those are copied. */
    private List<String> validate(JsonNode schemaNode, JsonNode value) {
        JsonSchema schema = compiled.computeIfAbsent(schemaNode.toString(), k -> schemas.getSchema(schemaNode));
        List<String> out = new ArrayList<>();
        for (ValidationMessage e : schema.validate(value)) {
            out.add(e.getMessage());
        }
        return out;
    }

    private static JsonNode absolute(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            if (o.path("$ref").asText().startsWith("#")) {
                o.put("$ref", BASE + o.path("$ref").asText());
            }
            o.forEach(ProviderContract::absolute);
        } else if (node.isArray()) {
            node.forEach(ProviderContract::absolute);
        }
        return node;
    }

    private static String pointer(Operation op) {
        return "/paths/" + op.template().replace("~", "~0").replace("/", "~1") + "/" + op.method();
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            s = api.at(s.path("$ref").asText().substring(1));
        }
        return s;
    }

    /** A parameter's text values as the JSON value its schema describes (an unparseable number stays text, and fails). */
    private JsonNode coerce(JsonNode schema, List<String> values) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = ContractSchemas.type(schema);
        if (type.equals("array")) {
            ArrayNode a = f.arrayNode();
            JsonNode items = resolve(schema.path("items"));
            for (String v : values) {
                for (String part : v.split(",", -1)) {
                    a.add(coerce(items, List.of(part)));
                }
            }
            return a;
        }
        String v = values.get(0);
        try {
            return switch (type) {
                case "integer" -> f.numberNode(Long.parseLong(v));
                case "number" -> f.numberNode(new java.math.BigDecimal(v));
                case "boolean" -> v.equals("true") || v.equals("false") ? f.booleanNode(Boolean.parseBoolean(v)) : f.textNode(v);
                default -> f.textNode(v);
            };
        } catch (NumberFormatException e) {
            return f.textNode(v);
        }
    }

    private static List<String> headerValue(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return List.of(h.getValue());
            }
        }
        return null;
    }

    private static String names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return String.join(", ", out);
    }
}

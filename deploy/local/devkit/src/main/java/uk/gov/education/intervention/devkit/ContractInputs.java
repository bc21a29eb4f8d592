package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Requests generated from a service's OpenAPI contract, for {@link GeneratedInputTest}: for an
 * operation, its path, query, header and body fields filled from their schemas with boundary and
 * hostile values (absurd years and dates, huge and negative numbers, empty, blank, over-long and
 * megabyte strings, unicode of every awkward kind, injection strings, wrong JSON types, missing and
 * extra fields, deep nesting), and whole-request faults (a wrong or missing Content-Type, a body over
 * the limit, declared or chunked, a target or headers over the limits, a malformed escape).
 *
 * <p>A request made {@code invalid} carries at least one thing the contract (or the README's
 * documented limits) refuses, so the service must refuse it; the other values are drawn freely,
 * valid or not. Everything comes from one seeded {@link Random}, so a seed repeats a run.
 */
public final class ContractInputs {

    /** An operation of the contract. */
    public record Operation(String method, String path, JsonNode node) {
        public String id() {
            return method.toUpperCase() + " " + path;
        }

        public boolean writes() {
            return !method.equals("get");
        }
    }

    /** One generated request, ready to write on a socket. */
    public static final class Request {
        public final Operation operation;
        public String target;
        public final List<String[]> headers = new ArrayList<>();
        public byte[] body = new byte[0];
        public boolean chunked;
        /**
         * A target that is not a valid URI (a malformed escape): Quarkus's root handler refuses it with an
         * empty 400 before the router, so before any of the suite's code (see README, Limits).
         */
        public boolean refusedByTheServer;
        /** What was generated where, for a person reading a failure. */
        public final List<String> notes = new ArrayList<>();

        Request(Operation operation) {
            this.operation = operation;
        }

        public String describe() {
            String shown = target.length() > 300 ? target.substring(0, 300) + "...(" + target.length() + " chars)" : target;
            String b = new String(body, StandardCharsets.UTF_8);
            b = b.length() > 300 ? b.substring(0, 300) + "...(" + body.length + " bytes)" : b;
            return operation.method.toUpperCase() + " " + shown + (chunked ? " [chunked]" : "") + " " + notes + (body.length > 0 ? " body " + b : "");
        }
    }

    /** Looks up a real value for a path parameter (an existing record), or null. */
    public interface Samples extends BiFunction<String, String, String> {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Written in place of a lone UTF-16 surrogate, which no encoder writes; becomes the JSON escape itself. */
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";
    private static final String RAW = "@@raw:";
    /** Stands for the ETag of the record the request changes, which the test reads just before sending. */
    public static final String CURRENT_ETAG = "@@current-etag@@";
    /** Beyond this length of request target the HTTP server itself refuses, before the suite's code runs. */
    public static final int SERVER_TARGET_CAP = 60_000;

    /** Texts any field may meet: the contract allows most of them where a field has no pattern or bound. */
    static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "\t\r\n", "Łódź ✓ 東京", "مرحبا بالعالم \u202Egnp.exe", "e\u0301\u0301\u0301\u0301 Z\u0336\u0335",
            "a\u0000b", "\u0000", "👩‍👩‍👧‍👦 🇬🇧", "a" + LONE_SURROGATE + "b", "\uFEFF\u200B\u00A0",
            "' OR '1'='1' --", "'; DROP TABLE council; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(0)",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "../../../../etc/passwd", "%00%2e%2e%2f",
            "\\", "\"", "null", "undefined", "NaN", "-1", "0", "1e309", "\u0007\u001b[31m");

    // An empty value is not among the refused ones: the suite takes an empty query value, and an empty or null
    // optional field, as absent (see GeneratedInputTest).
    static final List<String> BAD_DATES = List.of("0000-01-01", "9999-12-31", "2020-02-30", "-999999999-01-01", "+999999999-12-31",
            "1899-12-31", "2200-01-01", "2020-13-01", "2020-1-1", "20200101", "2020-01-01T00:00:00Z", "yesterday");
    static final List<String> EDGE_DATES = List.of("1900-01-01", "2199-12-31", "2020-02-29", "2019-10-31");
    static final List<String> BAD_NUMBERS = List.of("-1", "-999999999", "999999999999", "1000000000000000000000000000000",
            "-1000000000000000000000000000000", "1.5", "1e30", "ten", "0x10", "NaN");
    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0", "{}", "' OR 1=1 --",
            "c0000000-0000-4000-8000-0000000000011");
    static final List<String> BAD_CURSORS = List.of("garbage", "eyJvZmZzZXQiOi0xfQ", "eyJhZnRlciI6IicgT1IgMT0xIC0tIn0", "-1", "%00",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "\u0000", "null");
    static final List<String> BAD_GSS = List.of("E0600002", "X06000021", "e06000021", "E06-000021", "' OR 1=1 --", "E０６０００００２１");

    private final JsonNode api;
    private final Random random;
    private final long maxBodyBytes;
    private final Samples samples;
    private int hugeBodies;

    public ContractInputs(JsonNode api, Random random, long maxBodyBytes, Samples samples) {
        this.api = api;
        this.random = random;
        this.maxBodyBytes = maxBodyBytes;
        this.samples = samples;
    }

    /** Every operation of the contract, in its order. */
    public static List<Operation> operations(JsonNode api) {
        List<Operation> ops = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(m.getKey())) {
                ops.add(new Operation(m.getKey(), p.getKey(), m.getValue()));
            }
        }));
        return ops;
    }

    /** A request to the operation; with {@code invalid}, one that carries at least one value the contract refuses. */
    public Request next(Operation op, boolean invalid) {
        Request r = new Request(op);
        List<JsonNode> params = new ArrayList<>();
        op.node().path("parameters").forEach(params::add);
        JsonNode bodySchema = op.node().path("requestBody").path("content").path("application/json").path("schema");
        boolean hasBody = !bodySchema.isMissingNode();

        // where the refused value goes
        List<String> places = new ArrayList<>(List.of("request"));
        for (JsonNode p : params) {
            if (refusable(p)) {
                places.add("param:" + p.path("name").asText());
            }
        }
        if (hasBody) {
            places.add("body");
            places.add("body");
            places.add("content-type");
        }
        String place = invalid ? places.get(random.nextInt(places.size())) : "";

        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            boolean bad = place.equals("param:" + name);
            JsonNode schema = resolve(p.path("schema"));
            switch (in) {
                case "path" -> {
                    String v = bad ? refusedParam(name, schema) : pathValue(op, name, schema);
                    if (v.isEmpty()) {
                        // an empty segment names another route (a list, say), not this one with an empty value
                        v = "x";
                    }
                    r.notes.add(name + (bad ? " refused" : "") + "=" + abbreviate(v));
                    path = path.replace("{" + name + "}", encode(v, true));
                }
                case "query" -> {
                    if (!bad && random.nextInt(3) == 0) {
                        continue;
                    }
                    boolean array = type(schema).equals("array");
                    JsonNode item = array ? resolve(schema.path("items")) : schema;
                    int copies = 1;
                    if (array && (bad ? schema.has("maxItems") && (random.nextBoolean() || !refusableScalar(item)) : random.nextInt(4) == 0)) {
                        int max = schema.path("maxItems").asInt(200);
                        copies = bad ? max + 1 + random.nextInt(20) : 1 + random.nextInt(max);
                    }
                    for (int i = 0; i < copies; i++) {
                        String v = copies > 1 ? textOf(valid(item, 3)) : bad ? refusedParam(name, item) : anyValue(name, item);
                        if (i == 0) {
                            r.notes.add(name + (bad ? " refused" : "") + "=" + abbreviate(v) + (copies > 1 ? " x" + copies : ""));
                        }
                        query.append(query.length() == 0 ? '?' : '&').append(encode(name, false)).append('=').append(encode(v, false));
                    }
                }
                case "header" -> header(r, op, name, p.path("required").asBoolean(), bad);
                default -> {
                }
            }
        }
        if (op.writes() && params.stream().noneMatch(p -> p.path("name").asText().equals("If-Match")) && random.nextInt(10) == 0) {
            r.headers.add(new String[]{"If-Match", "\"" + random.nextInt() + "\""});
        }
        if (!invalid && random.nextInt(8) == 0) {
            String extra = HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
            query.append(query.length() == 0 ? '?' : '&').append("unknown").append('=').append(encode(extra, false));
            r.notes.add("unknown query parameter");
        }
        r.target = path + query;
        if (r.target.length() > SERVER_TARGET_CAP) {
            r.target = path + "?cursor=" + "a".repeat(9000);
            r.notes.add("request target over the limit");
        }
        r.headers.add(new String[]{"Authorization", "Bearer " + DevTokens.token("dfe-admin")});
        if (random.nextInt(12) == 0) {
            String accept = pick(List.of("application/xml", "text/html", "*/*", "application/json", "text/csv", "image/png;q=0.1"));
            r.headers.add(new String[]{"Accept", accept});
            r.notes.add("Accept: " + accept);
        }
        if (hasBody) {
            body(r, bodySchema, place.equals("body"));
            contentType(r, place.equals("content-type"));
        } else if (op.writes() && random.nextInt(6) == 0) {
            r.body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
            r.headers.add(new String[]{"Content-Type", "application/json"});
            r.notes.add("a body where none is taken");
        }
        if (place.equals("request")) {
            wholeRequest(r, hasBody);
        }
        boolean declared = r.headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Content-Length"));
        // chunked with a declared length too is read as chunked (RFC 9112, 6.3): the declared length would not be refused
        if (!r.chunked && !declared && r.body.length > 0 && random.nextInt(5) == 0) {
            r.chunked = true;
        }
        return r;
    }

    /** Whether the contract refuses some value of the parameter (else a refused value cannot be put there). */
    private boolean refusable(JsonNode p) {
        String in = p.path("in").asText();
        if (in.equals("path")) {
            return true;
        }
        if (in.equals("header")) {
            String n = p.path("name").asText();
            return n.equals("If-Match") || n.equals("Idempotency-Key");
        }
        JsonNode s = resolve(p.path("schema"));
        if (s.path("type").asText().equals("array")) {
            return s.has("maxItems") || refusableScalar(resolve(s.path("items")));
        }
        return refusableScalar(s);
    }

    private static boolean refusableScalar(JsonNode s) {
        return s.has("pattern") || s.has("enum") || s.has("maxLength") || s.has("minimum") || s.has("maximum")
                || s.path("format").asText().matches("date|uuid") || s.path("type").asText().matches("integer|number|boolean");
    }

    private void header(Request r, Operation op, String name, boolean required, boolean bad) {
        switch (name) {
            case "If-Match" -> {
                int choice = bad ? 1 + random.nextInt(3) : random.nextInt(6);
                String v = switch (choice) {
                    case 1 -> null;
                    case 2 -> "\"stale-" + random.nextInt(1000) + "\"";
                    case 3 -> pick(List.of("W/\"999999\"", "\"\"", "\"" + "e".repeat(5000) + "\"", "' OR 1=1 --"));
                    // any current version (RFC 9110): the suite takes it
                    case 4 -> "*";
                    default -> CURRENT_ETAG;
                };
                r.notes.add("If-Match=" + (v == null ? "(none)" : abbreviate(v)));
                if (v != null) {
                    r.headers.add(new String[]{"If-Match", v});
                }
            }
            case "Idempotency-Key" -> {
                String v = bad ? null : pick(List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "", " ",
                        "k".repeat(3000), "' OR 1=1 --", "<script>", UUID.randomUUID().toString()));
                r.notes.add("Idempotency-Key=" + (v == null ? "(none)" : abbreviate(v)));
                if (v != null) {
                    r.headers.add(new String[]{"Idempotency-Key", v});
                }
            }
            case "If-None-Match" -> {
                String v = pick(List.of("\"x\"", "*", "", "W/\"" + "n".repeat(3000) + "\"", "\u00e9t\u00e9"));
                r.headers.add(new String[]{"If-None-Match", v});
            }
            default -> {
                if (required || random.nextBoolean()) {
                    r.headers.add(new String[]{name, pick(HOSTILE_TEXT).replaceAll("[^\\x20-\\x7e]", "?")});
                }
            }
        }
    }

    private void contentType(Request r, boolean bad) {
        String type;
        if (bad) {
            type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "application/octet-stream", "text/html", "application/jsonx"));
            r.notes.add("Content-Type refused: '" + type + "'");
        } else {
            // none at all is read as JSON, the only type an operation takes
            type = pick(List.of("application/json", "application/json", "application/json", "application/json; charset=UTF-8",
                    "APPLICATION/JSON", "application/json;charset=utf-8", ""));
        }
        if (!type.isEmpty()) {
            r.headers.add(new String[]{"Content-Type", type});
        }
    }

    /** Faults of the request as a whole, each refused before the application reads it. */
    private void wholeRequest(Request r, boolean takesBody) {
        // an operation that takes no body does not read one: only a declared length is refused before reading
        int fault = random.nextInt(5);
        switch (!takesBody && fault == 4 ? 3 : fault) {
            case 0 -> {
                int length = 8193 + random.nextInt(Math.max(1, SERVER_TARGET_CAP - 8200 - r.target.length()));
                r.target += (r.target.contains("?") ? "&" : "?") + "cursor=" + "a".repeat(length);
                r.notes.add("request target over the limit (" + r.target.length() + " chars)");
            }
            case 1 -> {
                r.headers.add(new String[]{"X-Padding", "p".repeat(16_385 + random.nextInt(40_000))});
                r.notes.add("headers over the limit");
            }
            case 2 -> {
                r.target += (r.target.contains("?") ? "&" : "?") + pick(List.of("q=%zz", "q=%", "q=%e9%", "%zz=1", "q=%ED%A0%80%G0"));
                r.notes.add("malformed escape in the query");
                r.refusedByTheServer = true;
            }
            case 3 -> {
                r.headers.removeIf(h -> h[0].equalsIgnoreCase("Content-Type"));
                r.headers.add(new String[]{"Content-Type", "application/json"});
                r.headers.add(new String[]{"Content-Length", String.valueOf(maxBodyBytes + 1 + random.nextInt(1_000_000))});
                r.body = new byte[0];
                r.notes.add("body declared over the limit");
            }
            default -> {
                r.headers.removeIf(h -> h[0].equalsIgnoreCase("Content-Type"));
                r.headers.add(new String[]{"Content-Type", "application/json"});
                long size = maxBodyBytes + 1 + random.nextInt(1000);
                if (size > 2_000_000 && hugeBodies++ >= 2) {
                    r.headers.add(new String[]{"Content-Length", String.valueOf(size)});
                    r.notes.add("body declared over the limit");
                    return;
                }
                r.body = numbers((int) size);
                r.chunked = random.nextBoolean();
                r.notes.add("body over the limit (" + r.body.length + " bytes" + (r.chunked ? ", chunked" : "") + ")");
            }
        }
    }

    /** A JSON array of zeros of exactly {@code size} bytes (at least 2). */
    private static byte[] numbers(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i % 2 == 0 ? '0' : ',');
        }
        b[0] = '[';
        b[size - 1] = ']';
        if (size > 2 && b[size - 2] == ',') {
            b[size - 2] = ' ';
        }
        return b;
    }

    // ---------------------------------------------------------------- bodies

    private void body(Request r, JsonNode schema, boolean bad) {
        JsonNode value = valid(schema, 0);
        String text;
        if (bad && random.nextInt(6) == 0) {
            // not the document null, which the suite reads as an empty body; nor an empty body where every field is optional;
            // nor a byte order mark before the document, which JSON readers may ignore (RFC 8259, 8.1)
            boolean emptyTaken = resolve(schema).path("required").isEmpty();
            text = pick(List.of(emptyTaken ? "{" : "", "{", "{\"a\":}", "[]", "\"text\"", "12", "{} {}", "{\"a\":1,}",
                    "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(500) + "1" + "}".repeat(500),
                    "{\"" + "n".repeat(2000) + "\":1}", "{\"n\":" + "9".repeat(1000) + "}", "<xml/>"));
            r.notes.add("body not a JSON document of the schema: " + abbreviate(text));
        } else {
            if (bad) {
                value = mutate(value, schema, r, "", true, true);
            } else if (random.nextBoolean()) {
                value = mutate(value, schema, r, "", false, true);
            }
            try {
                text = JSON.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            text = text.replace(LONE_SURROGATE, "\\ud800").replaceAll("\"" + Pattern.quote(RAW) + "([^@]*)@@\"", "$1");
        }
        r.body = text.getBytes(StandardCharsets.UTF_8);
    }

    /** A value the schema accepts: examples first, else one made from the type. */
    JsonNode valid(JsonNode schemaRef, int depth) {
        JsonNode s = resolve(schemaRef);
        JsonNode example = example(schemaRef);
        if (example != null && !(s.has("properties") && depth < 6)) {
            return example;
        }
        if (s.has("enum")) {
            return s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                List<String> required = new ArrayList<>();
                s.path("required").forEach(n -> required.add(n.asText()));
                Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    if (depth < 6 && (required.contains(p.getKey()) || random.nextInt(3) == 0)) {
                        o.set(p.getKey(), valid(p.getValue(), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int n = Math.max(s.path("minItems").asInt(0), depth < 4 ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    a.add(valid(s.path("items"), depth + 1));
                }
                return a;
            }
            case "integer", "number" -> {
                return NODES.numberNode(s.has("minimum") ? s.path("minimum").asLong() : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(validText(s));
            }
        }
    }

    private String validText(JsonNode s) {
        return switch (s.path("format").asText()) {
            case "date" -> pick(EDGE_DATES);
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> "2020-01-31T10:15:30Z";
            default -> s.has("pattern") ? "E06000021" : "text " + random.nextInt(1000);
        };
    }

    /** The value with one field (or the object itself) changed: refused by the contract when {@code bad}, else anything. */
    private JsonNode mutate(JsonNode value, JsonNode schemaRef, Request r, String where, boolean bad, boolean requiredHere) {
        JsonNode s = resolve(schemaRef);
        if (value instanceof ObjectNode o && s.has("properties")) {
            List<String> names = new ArrayList<>();
            s.path("properties").fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            s.path("required").forEach(n -> required.add(n.asText()));
            int choice = random.nextInt(10);
            if (bad && choice == 0 && !required.isEmpty()) {
                String gone = pick(required);
                o.remove(gone);
                r.notes.add("missing required " + where + gone);
                return o;
            }
            if (bad && choice == 1 && !"true".equals(s.path("additionalProperties").asText())) {
                String extra = pick(List.of("unknownField", "id", "createdAt", "__proto__", "constructor", "$where", "status"));
                if (!names.contains(extra)) {
                    o.set(extra, NODES.textNode(pick(HOSTILE_TEXT)));
                    r.notes.add("extra field " + where + extra);
                    return o;
                }
            }
            List<String> candidates = new ArrayList<>(names);
            if (bad) {
                candidates.removeIf(n -> !refusableField(resolve(s.path("properties").path(n)), required.contains(n)));
            }
            if (candidates.isEmpty()) {
                if (bad) {
                    o.put("unknownField", 1);
                    r.notes.add("extra field " + where + "unknownField");
                }
                return o;
            }
            String name = pick(candidates);
            JsonNode fieldSchema = s.path("properties").path(name);
            JsonNode current = o.has(name) ? o.get(name) : valid(fieldSchema, 1);
            o.set(name, mutate(current, fieldSchema, r, where + name + ".", bad, required.contains(name)));
            return o;
        }
        if (value instanceof ArrayNode a && type(s).equals("array")) {
            int max = s.path("maxItems").asInt(-1);
            if (bad && max >= 0 && random.nextInt(3) == 0) {
                JsonNode item = a.size() > 0 ? a.get(0) : valid(s.path("items"), 1);
                ArrayNode big = NODES.arrayNode();
                for (int i = 0; i <= max; i++) {
                    big.add(item.deepCopy());
                }
                r.notes.add(where + " " + (max + 1) + " items, over maxItems");
                return big;
            }
            if (bad && s.path("minItems").asInt(0) > 0 && random.nextInt(3) == 0) {
                r.notes.add(where + " empty, under minItems");
                return NODES.arrayNode();
            }
            if (a.size() == 0) {
                a.add(valid(s.path("items"), 1));
            }
            a.set(0, mutate(a.get(0), s.path("items"), r, where + "0.", bad, true));
            return a;
        }
        JsonNode changed = bad ? refusedJson(s, requiredHere && !nullable(schemaRef)) : anyJson(s);
        r.notes.add(where + (bad ? " refused: " : " = ") + abbreviate(changed.toString()));
        return changed;
    }

    private boolean refusableField(JsonNode s, boolean required) {
        return required || refusableScalar(s) || s.has("properties") || type(s).matches("array|string|object");
    }

    /** A JSON value the field's schema refuses. */
    private JsonNode refusedJson(JsonNode s, boolean nullRefused) {
        List<JsonNode> options = new ArrayList<>();
        String type = type(s);
        switch (type) {
            case "string" -> {
                options.add(NODES.numberNode(random.nextInt(3) == 0 ? 12 : 0));
                options.add(NODES.booleanNode(true));
                options.add(NODES.objectNode().put("a", 1));
                options.add(NODES.arrayNode().add("x"));
                String t = random.nextInt(20) == 0 ? "m".repeat(1_048_576) : refused("field", s);
                if (t != null && (t.length() < 1_000_000 || s.has("maxLength"))) {
                    options.add(NODES.textNode(t));
                    options.add(NODES.textNode(t));
                    options.add(NODES.textNode(t));
                }
            }
            case "integer", "number" -> {
                options.add(NODES.textNode(pick(List.of("ten", "", "1e30"))));
                options.add(NODES.textNode(RAW + pick(List.of("1" + "0".repeat(30), "-1" + "0".repeat(30), "1e400", "1.5")) + "@@"));
                if (s.has("minimum")) {
                    options.add(NODES.numberNode(s.path("minimum").asLong() - 1));
                }
                if (s.has("maximum")) {
                    options.add(NODES.numberNode(s.path("maximum").asLong() + 1));
                }
                options.add(NODES.objectNode());
            }
            case "boolean" -> {
                options.add(NODES.textNode("yes"));
                options.add(NODES.numberNode(2));
                options.add(NODES.arrayNode());
            }
            case "array" -> {
                options.add(NODES.textNode("x"));
                options.add(NODES.objectNode().put("0", 1));
            }
            default -> {
                options.add(NODES.textNode("x"));
                options.add(NODES.arrayNode().add(1));
                options.add(NODES.numberNode(7));
            }
        }
        if (nullRefused) {
            options.add(NODES.nullNode());
        }
        return pick(options);
    }

    /** A JSON value for the field, valid or not, awkward either way. */
    private JsonNode anyJson(JsonNode s) {
        String type = type(s);
        if (type.equals("string")) {
            return NODES.textNode(anyValue("field", s));
        }
        if (type.matches("integer|number")) {
            return pick(List.of(NODES.numberNode(s.path("minimum").asLong(0)), NODES.numberNode(s.path("maximum").asLong(1)),
                    NODES.numberNode(0), NODES.numberNode(-1), NODES.textNode(RAW + "1" + "0".repeat(30) + "@@")));
        }
        if (type.equals("object") && !s.has("properties")) {
            ObjectNode o = NODES.objectNode();
            o.put(pick(HOSTILE_TEXT).isEmpty() ? "k" : "key " + random.nextInt(9), pick(HOSTILE_TEXT));
            o.put("n", 1e300);
            o.set("nested", NODES.objectNode().put("a", 1));
            return o;
        }
        return valid(s, 3);
    }

    // ---------------------------------------------------------------- scalar values (texts as sent)

    /** A value of a path parameter: mostly a real record's (so that the checks beyond it run), else anything. */
    private String pathValue(Operation op, String name, JsonNode schema) {
        String real = samples.apply(op.path(), name);
        if (real != null && random.nextInt(4) != 0) {
            return real;
        }
        return anyValue(name, schema);
    }

    /** A value the schema accepts or not: boundaries, hostile texts, or a plain valid one. */
    String anyValue(String name, JsonNode s) {
        int roll = random.nextInt(10);
        if (roll < 3) {
            return textOf(valid(s, 3));
        }
        if (roll < 5) {
            String refused = refused(name, s);
            if (refused != null) {
                return refused;
            }
        }
        if (name.equals("cursor") && roll < 8) {
            return pick(BAD_CURSORS);
        }
        if (s.path("format").asText().equals("date") && roll < 8) {
            return pick(EDGE_DATES);
        }
        if (type(s).matches("integer|number")) {
            return pick(List.of(String.valueOf(s.path("minimum").asLong(0)), String.valueOf(s.path("maximum").asLong(1)), "0", "-0",
                    "+1", "00001"));
        }
        if (s.has("maxLength") && roll < 7) {
            return "m".repeat(s.path("maxLength").asInt());
        }
        return pick(HOSTILE_TEXT);
    }

    /** A value of a parameter that the schema refuses, never empty (an empty query value is an absent one). */
    private String refusedParam(String name, JsonNode s) {
        for (int i = 0; i < 20; i++) {
            String v = refused(name, s);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "no-such-" + random.nextInt(100_000);
    }

    /** A value the schema refuses (or, for a field with no constraint, one no record has), as text. */
    String refused(String name, JsonNode s) {
        List<String> options = new ArrayList<>();
        String type = type(s);
        if (s.has("enum")) {
            options.add("NOT_A_VALUE");
            options.add("' OR 1=1 --");
            options.add(s.path("enum").get(0).asText().toLowerCase() + "x");
        }
        if (s.path("format").asText().equals("date")) {
            options.addAll(BAD_DATES);
        }
        if (s.path("format").asText().equals("uuid")) {
            options.addAll(BAD_UUIDS);
        }
        if (type.matches("integer|number")) {
            options.addAll(BAD_NUMBERS.stream().filter(v -> !fits(v, s)).toList());
        }
        if (s.has("maxLength")) {
            int max = s.path("maxLength").asInt();
            options.add("x".repeat(max + 1));
            options.add("é".repeat(max + 1));
            options.add("x".repeat(Math.max(max + 1, 20_000)));
        }
        if (s.has("pattern")) {
            Pattern p = Pattern.compile(s.path("pattern").asText());
            for (String v : concat(BAD_GSS, HOSTILE_TEXT, BAD_DATES)) {
                if (!p.matcher(v.replace(LONE_SURROGATE, "\ud800")).find() && !v.contains(LONE_SURROGATE)) {
                    options.add(v);
                }
            }
        }
        if (options.isEmpty() && type.equals("string")) {
            // nothing the contract refuses: a value no record has, which is a 404 for a path
            options.add("no-such-" + random.nextInt(100_000));
            options.add("'; DROP TABLE x; --");
            options.add("../../etc/passwd");
        }
        return options.isEmpty() ? null : pick(options);
    }

    private static boolean fits(String v, JsonNode s) {
        try {
            long n = Long.parseLong(v);
            return (!s.has("minimum") || n >= s.path("minimum").asLong()) && (!s.has("maximum") || n <= s.path("maximum").asLong());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static String textOf(JsonNode n) {
        return n.isTextual() ? n.asText() : n.toString();
    }

    // ---------------------------------------------------------------- schemas

    /** The schema with its {@code $ref} followed (siblings kept) and a nullable {@code anyOf} reduced to its non-null branch. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.has("$ref")) {
                String ref = s.path("$ref").asText();
                JsonNode target = api.at(ref.substring(1));
                ObjectNode merged = target.deepCopy();
                s.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref") && !merged.has(f.getKey())) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                s = merged;
            } else if (s.has("anyOf")) {
                JsonNode branch = null;
                for (JsonNode b : s.path("anyOf")) {
                    if (!b.path("type").asText().equals("null")) {
                        branch = b;
                    }
                }
                ObjectNode merged = ((ObjectNode) s).deepCopy();
                merged.remove("anyOf");
                merged.remove("type");
                if (branch != null) {
                    branch.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
                }
                s = merged;
            } else {
                return s;
            }
        }
        return s;
    }

    private static boolean nullable(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (JsonNode b : schema.path("anyOf")) {
            if (b.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    private static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
        }
        if (t.isTextual()) {
            return t.asText();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    private JsonNode example(JsonNode schemaRef) {
        for (JsonNode s : List.of(schemaRef, resolve(schemaRef))) {
            if (s.path("examples").isArray() && s.path("examples").size() > 0) {
                return s.path("examples").get(0);
            }
            if (s.has("example")) {
                return s.path("example");
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- encoding

    /** Percent-encodes UTF-8 (a lone surrogate as the bytes a careless encoder writes for it, which are not UTF-8). */
    static String encode(String v, boolean path) {
        StringBuilder out = new StringBuilder();
        String s = v.replace(LONE_SURROGATE, "\ud800");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0)) {
                out.append((char) cp);
            } else if (Character.isSurrogate((char) cp)) {
                out.append("%ED%A0%80");
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String v) {
        String shown = v.replace(LONE_SURROGATE, "\\ud800");
        return shown.length() > 60 ? shown.substring(0, 40) + "...(" + shown.length() + " chars)" : shown;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}

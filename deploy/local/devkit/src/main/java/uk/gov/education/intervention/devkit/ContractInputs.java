package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

import static uk.gov.education.intervention.devkit.ContractSchemas.refusableScalar;
import static uk.gov.education.intervention.devkit.ContractSchemas.type;
import static uk.gov.education.intervention.devkit.ContractValues.HOSTILE_TEXT;
import static uk.gov.education.intervention.devkit.ContractValues.abbreviate;
import static uk.gov.education.intervention.devkit.ContractValues.encode;
import static uk.gov.education.intervention.devkit.ContractValues.textOf;

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

    /** Stands for the ETag of the record the request changes, which the test reads just before sending. */
    public static final String CURRENT_ETAG = "@@current-etag@@";
    /** Beyond this length of request target the HTTP server itself refuses, before the suite's code runs. */
    public static final int SERVER_TARGET_CAP = 60_000;
    private static final String PARAMETER_START = "{";
    private static final String PARAMETER_END = "}";

    private final Random random;
    private final Samples samples;
    private final ContractSchemas schemas;
    private final ContractValues values;
    private final ContractBodies bodies;
    private final RequestFaults faults;

    public ContractInputs(JsonNode api, Random random, long maxBodyBytes, Samples samples) {
        this.random = random;
        this.samples = samples;
        this.schemas = new ContractSchemas(api);
        this.values = new ContractValues(random, schemas);
        this.bodies = new ContractBodies(random, schemas, values);
        this.faults = new RequestFaults(random, values, maxBodyBytes);
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
        String place = invalid ? refusedPlace(params, hasBody) : "";
        target(r, params, place, invalid);
        r.headers.add(new String[]{"Authorization", "Bearer " + DevTokens.token("dfe-admin")});
        if (random.nextInt(12) == 0) {
            String accept = pick(List.of("application/xml", "text/html", "*/*", "application/json", "text/csv", "image/png;q=0.1"));
            r.headers.add(new String[]{"Accept", accept});
            r.notes.add("Accept: " + accept);
        }
        if (hasBody) {
            bodies.body(r, bodySchema, place.equals("body"));
            faults.contentType(r, place.equals("content-type"));
        } else if (op.writes() && random.nextInt(6) == 0) {
            r.body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
            r.headers.add(new String[]{"Content-Type", "application/json"});
            r.notes.add("a body where none is taken");
        }
        if (place.equals("request")) {
            faults.wholeRequest(r, hasBody);
        }
        boolean declared = r.headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Content-Length"));
        // chunked with a declared length too is read as chunked (RFC 9112, 6.3): the declared length would not be refused
        if (!r.chunked && !declared && r.body.length > 0 && random.nextInt(5) == 0) {
            r.chunked = true;
        }
        return r;
    }

    /** Where the refused value goes: the request as a whole, a parameter, the body or its Content-Type. */
    private String refusedPlace(List<JsonNode> params, boolean hasBody) {
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
        return places.get(random.nextInt(places.size()));
    }

    /** The request target and the parameters' headers. */
    private void target(Request r, List<JsonNode> params, String place, boolean invalid) {
        Operation op = r.operation;
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            boolean bad = place.equals("param:" + name);
            JsonNode schema = schemas.resolve(p.path("schema"));
            switch (p.path("in").asText()) {
                case "path" -> path = pathParameter(r, path, name, schema, bad);
                case "query" -> queryParameter(r, query, name, schema, bad);
                case "header" -> header(r, name, p.path("required").asBoolean(), bad);
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
    }

    private String pathParameter(Request r, String path, String name, JsonNode schema, boolean bad) {
        String v = bad ? values.refusedParam(name, schema) : pathValue(r.operation, name, schema);
        if (v.isEmpty()) {
            // an empty segment names another route (a list, say), not this one with an empty value
            v = "x";
        }
        r.notes.add(name + (bad ? " refused" : "") + "=" + abbreviate(v));
        return path.replace(PARAMETER_START + name + PARAMETER_END, encode(v, true));
    }

    private void queryParameter(Request r, StringBuilder query, String name, JsonNode schema, boolean bad) {
        if (!bad && random.nextInt(3) == 0) {
            return;
        }
        boolean array = type(schema).equals("array");
        JsonNode item = array ? schemas.resolve(schema.path("items")) : schema;
        int copies = 1;
        if (array && (bad ? schema.has("maxItems") && (random.nextBoolean() || !refusableScalar(item)) : random.nextInt(4) == 0)) {
            int max = schema.path("maxItems").asInt(200);
            copies = bad ? max + 1 + random.nextInt(20) : 1 + random.nextInt(max);
        }
        for (int i = 0; i < copies; i++) {
            String v = copies > 1 ? textOf(values.valid(item, 3)) : bad ? values.refusedParam(name, item) : values.anyValue(name, item);
            if (i == 0) {
                r.notes.add(name + (bad ? " refused" : "") + "=" + abbreviate(v) + (copies > 1 ? " x" + copies : ""));
            }
            query.append(query.length() == 0 ? '?' : '&').append(encode(name, false)).append('=').append(encode(v, false));
        }
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
        JsonNode s = schemas.resolve(p.path("schema"));
        if (s.path("type").asText().equals("array")) {
            return s.has("maxItems") || refusableScalar(schemas.resolve(s.path("items")));
        }
        return refusableScalar(s);
    }

    private void header(Request r, String name, boolean required, boolean bad) {
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

    /** A value of a path parameter: mostly a real record's (so that the checks beyond it run), else anything. */
    private String pathValue(Operation op, String name, JsonNode schema) {
        String real = samples.apply(op.path(), name);
        if (real != null && random.nextInt(4) != 0) {
            return real;
        }
        return values.anyValue(name, schema);
    }

    private <T> T pick(List<T> options) {
        return values.pick(options);
    }
}

package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The access matrix of a service: every operation of its committed contract, called as every kind of
 * caller, each answer compared with the cell of a committed table ({@link #LOCATION}, one row per
 * operation, one column per caller). A cell is {@code 2xx} (any success), or a status: {@code 401},
 * {@code 403} and {@code 404} must also be problem details. An operation may have more than one row,
 * each a case of its own (the {@code case} column: {@code -} for the ordinary one, e.g. {@code draft}
 * for a direction not yet issued).
 *
 * <p>The table must name every operation of the contract and nothing else, and each row needs a
 * {@link Fixture} that prepares its request for a caller: real records in the path, a body that
 * an allowed caller's write succeeds with, a fresh {@code If-Match} or {@code Idempotency-Key}.
 */
public final class AccessMatrix {

    /** Where a module keeps its matrix, relative to the module. */
    public static final Path LOCATION = Path.of("src", "test", "resources", "access-matrix.tsv");

    /** The callers of every matrix, in its columns' order. */
    public static final List<String> CALLERS = List.of("none", "expired", "wrong-key", "wrong-issuer", "wrong-audience",
            "dfe-admin", "dfe-analyst", "commissioner", "council-reporter", "other-council-reporter", "unappointed-partner");

    /** The caller's role of the refused tokens: the strongest, so that only what is wrong with the token refuses it. */
    private static final String BAD_TOKEN_ROLE = "dfe-admin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final String ORDINARY = "-";

    private AccessMatrix() {
    }

    /** An operation as the contract names it: a method and a path template. */
    public record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A row of the table: an operation, in one case. Its key (e.g. {@code GET /v1/directions/{reference} [draft]}) names its fixture. */
    public record Row(Operation operation, String variant) {
        public String key() {
            return operation + (variant.equals(ORDINARY) ? "" : " [" + variant + "]");
        }
    }

    /** One kind of caller: a column. {@code token} is null for a caller without one. */
    public record Caller(String name, String token) {
    }

    /** The expected cells, by row, in the order of the callers named in the header. */
    public record Table(Path file, List<String> callers, Map<Row, List<String>> cells) {
    }

    /** What came back from one call. */
    public record Answer(int status, String contentType, String type, String rule, String detail) {
        @Override
        public String toString() {
            return status + (type == null ? "" : " " + type.replace("urn:problem-type:intervention:", ""))
                    + (rule == null ? "" : " rule " + rule) + (detail == null ? "" : " (" + shorten(detail) + ")");
        }
    }

    /** Prepares the request of a row for a caller (creating, as dfe-admin, the records it needs). */
    @FunctionalInterface
    public interface Fixture {
        Call prepare(Caller caller);
    }

    /** How many calls of the matrix have succeeded so far: a {@link Reusable} made before the last success is made again. */
    /** How many calls of the matrix have succeeded so far: a {@link Reusable} made before the last success is made again. */
    static final AtomicLong SUCCESSES = new AtomicLong();

    /**
     * Records a fixture makes for a call and uses again for the next caller's call, until a call
     * succeeds: a refused call changes nothing (no record, no ETag), so its records serve the next
     * caller as well as fresh ones, and the matrix makes them once for every success, not once per cell.
     */
    public static final class Reusable<T> {
        private final Supplier<T> make;
        private T made;
        private long madeAfter = -1;

        public Reusable(Supplier<T> make) {
            this.make = make;
        }

        public synchronized T get() {
            long successes = SUCCESSES.get();
            if (made == null || madeAfter != successes) {
                made = make.get();
                madeAfter = successes;
            }
            return made;
        }
    }

    /** A request a fixture prepares: path parameters, query, headers, a JSON body. */
    public static final class Call {
        final Map<String, Object> pathParams = new LinkedHashMap<>();
        final Map<String, List<Object>> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        Object body;

        public static Call of() {
            return new Call();
        }

        public Call path(String name, Object value) {
            pathParams.put(name, value);
            return this;
        }

        public Call query(String name, Object value) {
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        /** A key of its own, so that no call replays another's answer. */
        public Call idempotencyKey() {
            return header("Idempotency-Key", UUID.randomUUID().toString());
        }

        public Call body(Object jsonBody) {
            this.body = jsonBody;
            return this;
        }
    }

    /**
     * The standard callers: tokens that must be refused (none, expired, signed with another key, from
     * another issuer, for another audience), the two Department roles, the development commissioner of
     * {@code council} (the seed Commissioner), the council's own staff, another council's staff, and
     * the staff of {@code partner}, an organisation without a current appointment for the council.
     */
    public static Map<String, Caller> standardCallers(String council, String otherCouncil, String partner) {
        PrivateKey dev = DevTokens.bundledKey();
        String subject = DevTokens.subject(BAD_TOKEN_ROLE, null, "access-matrix");
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("none", new Caller("none", null));
        callers.put("expired", new Caller("expired",
                DevTokens.token(DevTokens.ISSUER, DevTokens.AUDIENCE, subject, BAD_TOKEN_ROLE, null, -3600, dev)));
        callers.put("wrong-key", new Caller("wrong-key",
                DevTokens.token(DevTokens.ISSUER, DevTokens.AUDIENCE, subject, BAD_TOKEN_ROLE, null, 3600, DevTokens.foreignKey())));
        callers.put("wrong-issuer", new Caller("wrong-issuer",
                DevTokens.token("https://another-issuer.invalid", DevTokens.AUDIENCE, subject, BAD_TOKEN_ROLE, null, 3600, dev)));
        callers.put("wrong-audience", new Caller("wrong-audience",
                DevTokens.token(DevTokens.ISSUER, "another-service", subject, BAD_TOKEN_ROLE, null, 3600, dev)));
        callers.put("dfe-admin", new Caller("dfe-admin", DevTokens.token("dfe-admin")));
        callers.put("dfe-analyst", new Caller("dfe-analyst", DevTokens.token("dfe-analyst")));
        callers.put("commissioner", new Caller("commissioner", DevTokens.token("commissioner", council)));
        callers.put("council-reporter", new Caller("council-reporter", DevTokens.token("council-reporter", council)));
        callers.put("other-council-reporter", new Caller("other-council-reporter", DevTokens.token("council-reporter", otherCouncil)));
        callers.put("unappointed-partner", new Caller("unappointed-partner", DevTokens.token("council-reporter", partner)));
        return callers;
    }

    /** The title of an OpenAPI document (the service's name). */
    public static String title(String openApiJson) {
        try {
            return JSON.readTree(openApiJson).path("info").path("title").asText("the service");
        } catch (IOException e) {
            throw new AssertionError("the contract is not JSON: " + e.getMessage(), e);
        }
    }

    /** Every operation of an OpenAPI document, in its order. */
    public static Set<Operation> operations(String openApiJson) {
        try {
            Set<Operation> out = new LinkedHashSet<>();
            Iterator<Map.Entry<String, JsonNode>> paths = JSON.readTree(openApiJson).path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        out.add(new Operation(m.toUpperCase(), path.getKey()));
                    }
                });
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("the contract is not JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a matrix: tab-separated, a header {@code method path case CALLER...}, then one row per operation and case. */
    public static Table read(Path file) throws IOException {
        return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Table parse(Path file, List<String> lines) {
        return MatrixTables.parse(file, lines);
    }

    /**
     * What keeps the table, the contract and the fixtures from matching: an operation of the contract
     * without a row, a row for an operation the contract does not have, a row without a fixture, a
     * fixture without a row, a column that is not one of the callers.
     */
    public static List<String> mismatches(Set<Operation> contract, Table table, Set<String> fixtures, Set<String> callers) {
        return MatrixTables.mismatches(contract, table, fixtures, callers);
    }

    /** Why an answer does not match its cell, or null when it does. */
    public static String differs(String expected, Answer actual) {
        boolean statusMatches = expected.equals("2xx") ? actual.status() / 100 == 2 : expected.equals(String.valueOf(actual.status()));
        if (!statusMatches) {
            return "expected " + expected + ", got " + actual;
        }
        if (actual.status() >= 400 && (actual.contentType() == null || !actual.contentType().startsWith("application/problem+json"))) {
            return "expected a " + expected + " problem, got " + actual.status() + " as " + actual.contentType();
        }
        return null;
    }

    /**
     * Calls every operation as every caller and compares each answer with its cell; fails listing every
     * differing cell. Checks first that the table, the contract and the fixtures match.
     */
    public static void assertMatrix(String service, String contractJson, Table table, Map<String, Caller> callers,
                                    Map<String, Fixture> fixtures) {
        assertMatrix(service, contractJson, table, callers, fixtures, AccessMatrix::send, true);
    }

    /** How a call is made: over HTTP ({@link MatrixHttp#send}), or, to check the check, as a test says. */
    @FunctionalInterface
    interface Sender {
        Answer send(Operation operation, Caller caller, Call call);
    }

    static void assertMatrix(String service, String contractJson, Table table, Map<String, Caller> callers,
                             Map<String, Fixture> fixtures, Sender sender, boolean summary) {
        Set<Operation> contract = operations(contractJson);
        List<String> mismatches = mismatches(contract, table, fixtures.keySet(), callers.keySet());
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The access matrix of " + service + " does not match its contract:\n  " + String.join("\n  ", mismatches));
        }
        MatrixRun run = new MatrixRun(table, callers, fixtures, sender);
        run.callEveryCell();
        if (summary) {
            run.printSummary(service, contract.size());
        }
        run.assertNoDifference(service);
    }

    /** Makes the call over HTTP to the service under test (where REST Assured points). */
    static Answer send(Operation op, Caller caller, Call call) {
        return MatrixHttp.send(op, caller, call);
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}

package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds a WireMock stand-in of another service of the suite to that service's committed contract
 * and to what this consumer has recorded that it relies on ({@link ConsumerExpectations}). Register
 * it as an extension of the stand-in's server; it checks every exchange served:
 * <ul>
 * <li>the request is an operation of the contract, with its required parameters, declared ones only,
 * and values their schemas allow;</li>
 * <li>the answer is one the operation declares: status, content type, a body valid against the schema;</li>
 * <li>the operation is recorded in the consumer's expectations, and the answer has the fields recorded
 * as read.</li>
 * </ul>
 * {@link #assertKept(WireMockServer)} also checks the fixed answers of every stub (served or not),
 * and fails with everything found since it was last called. A stub made to break the contract on
 * purpose (garbage, a wrong status, to test degraded answers) says so with {@link #offContract(String)}.
 */
public final class ContractedStandIn implements ServeEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFF_CONTRACT = "offContract";

    private final ProviderContract contract;
    private final ConsumerExpectations expectations;
    private final Set<String> violations = new LinkedHashSet<>();

    public ContractedStandIn(String consumer, String provider) {
        contract = ProviderContract.of(provider);
        expectations = ConsumerExpectations.of(consumer, provider);
    }

    /** Metadata for a stub that breaks the provider's contract on purpose, with the reason. */
    public static Metadata offContract(String why) {
        return Metadata.metadata().attr(OFF_CONTRACT, why).build();
    }

    @Override
    public String getName() {
        return "contract-of-" + contract.name();
    }

    /** Before the answer goes out, so that a violation is recorded by the time the consumer has its answer. */
    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        LoggedRequest request = event.getRequest();
        URI uri = URI.create(request.getUrl());
        String method = request.getMethod().getName();
        String where = method + " " + request.getUrl();
        List<String> wrong = new ArrayList<>(contract.checkRequest(method, uri.getRawPath(), query(uri), headers(request.getHeaders())));
        ProviderContract.Operation op = contract.operation(method, uri.getRawPath());
        if (op != null && !offContract(event.getStubMapping())) {
            wrong.addAll(checkAnswer(op, event));
        }
        wrong.forEach(w -> record(where + ": " + w));
    }

    private List<String> checkAnswer(ProviderContract.Operation op, ServeEvent event) {
        List<String> wrong = new ArrayList<>();
        if (!event.getWasMatched()) {
            wrong.add("the stand-in has no stub for it");
            return wrong;
        }
        LoggedResponse response = event.getResponse();
        if (response == null || response.getFault() != null) {
            return wrong;
        }
        String body = response.getBodyAsString();
        wrong.addAll(contract.checkResponse(op, response.getStatus(), contentType(response.getHeaders()), body));
        List<ConsumerExpectations.Interaction> recorded = expectations.interactions().stream()
                .filter(i -> op.equals(contract.operation(i.method(), i.path()))).toList();
        if (recorded.isEmpty()) {
            wrong.add(op.key() + " is not recorded in " + expectations.file() + ": record what " + expectations.consumer()
                    + " relies on there, so that " + contract.name() + "'s build checks it");
        }
        for (ConsumerExpectations.Interaction i : recorded) {
            if (i.status() == response.getStatus() && body != null && !body.isEmpty()) {
                List<String> missing = ConsumerExpectations.missingReads(parse(body), i.reads(), false);
                if (!missing.isEmpty()) {
                    wrong.add("the answer lacks fields recorded as read in '" + i.name() + "': " + missing);
                }
            }
        }
        return wrong;
    }

    /** Checks the fixed answers of the server's stubs now (before a reset removes them); reported by {@link #assertKept}. */
    public void checkStubs(WireMockServer server) {
        for (StubMapping stub : server.getStubMappings()) {
            checkStub(stub);
        }
    }

    /** Fails with every violation since the last call (and those of the server's fixed stubs); clears them. */
    public void assertKept(WireMockServer server) {
        checkStubs(server);
        List<String> found;
        synchronized (violations) {
            found = new ArrayList<>(violations);
            violations.clear();
        }
        if (!found.isEmpty()) {
            throw new AssertionError("The stand-in of " + contract.name() + " broke its contract (" + contract.file()
                    + ") or this consumer's recorded expectations:\n  " + String.join("\n  ", found)
                    + "\nFix the stand-in, or, if the stub breaks the contract on purpose, give it ContractedStandIn.offContract(why).");
        }
    }

    /** Forgets violations found so far (when a test resets the stand-in without checking it). */
    public void clear() {
        synchronized (violations) {
            violations.clear();
        }
    }

    private void checkStub(StubMapping stub) {
        ResponseDefinition def = stub.getResponse();
        if (offContract(stub) || def.getFault() != null || def.getProxyBaseUrl() != null
                || (def.getTransformers() != null && !def.getTransformers().isEmpty())) {
            return; // computed answers are checked when served
        }
        RequestPattern rp = stub.getRequest();
        String method = rp.getMethod() == null || rp.getMethod().getName().equals("ANY") ? "GET" : rp.getMethod().getName();
        List<ProviderContract.Operation> ops = operations(rp, method);
        String where = "stub " + method + " " + describe(rp);
        if (ops.isEmpty()) {
            record(where + ": matches no operation of " + contract.name() + "'s contract");
            return;
        }
        String body = def.getBody() != null ? def.getBody() : def.getJsonBody() != null ? def.getJsonBody().toString() : null;
        List<String> firstErrors = null;
        for (ProviderContract.Operation op : ops) {
            List<String> errors = contract.checkResponse(op, def.getStatus(), contentType(def.getHeaders()), body);
            if (errors.isEmpty()) {
                return;
            }
            firstErrors = firstErrors == null ? errors : firstErrors;
        }
        firstErrors.forEach(e -> record(where + ": " + e));
    }

    private List<ProviderContract.Operation> operations(RequestPattern rp, String method) {
        String exact = rp.getUrlPath() != null ? rp.getUrlPath() : rp.getUrl() != null ? URI.create(rp.getUrl()).getRawPath() : null;
        if (exact != null) {
            ProviderContract.Operation op = contract.operation(method, exact);
            return op == null ? List.of() : List.of(op);
        }
        String regex = rp.getUrlPathPattern() != null ? rp.getUrlPathPattern() : rp.getUrlPattern();
        if (regex != null) {
            return contract.operationsMatching(method, Pattern.compile(regex), "x");
        }
        if (rp.getUrlPathTemplate() != null) {
            return contract.operationsMatching(method, Pattern.compile(Pattern.quote(rp.getUrlPathTemplate())
                    .replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")), "x");
        }
        return List.of(); // any URL: only an off-contract stub may answer every address
    }

    private static String describe(RequestPattern rp) {
        return String.valueOf(rp.getUrlMatcher() == null ? "(any URL)" : rp.getUrlMatcher().getExpected());
    }

    private void record(String violation) {
        synchronized (violations) {
            violations.add(violation);
        }
    }

    private static boolean offContract(StubMapping stub) {
        return stub != null && stub.getMetadata() != null && stub.getMetadata().containsKey(OFF_CONTRACT);
    }

    private static String contentType(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        HttpHeader h = headers.getHeader("Content-Type");
        return h != null && h.isPresent() ? h.firstValue() : null;
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.all().forEach(h -> out.put(h.key(), h.firstValue()));
        return out;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }
}

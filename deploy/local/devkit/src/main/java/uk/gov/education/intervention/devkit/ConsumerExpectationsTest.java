package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's side of the contracts that bind both sides: every call the suite's other services
 * have recorded that they rely on ({@link ConsumerExpectations}) is replayed against this service,
 * running with its seed data, and must still get the status and content type recorded, an answer
 * valid against this service's contract, and every field recorded as read. A service's
 * {@code @QuarkusTest} extends this class; a change that would break a consumer fails here.
 */
public abstract class ConsumerExpectationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCallAConsumerReliesOnStillGetsWhatItReads() throws IOException {
        String provider = JSON.readTree(Files.readString(ContractFile.LOCATION.toAbsolutePath())).path("info").path("title").asText();
        ProviderContract contract = ProviderContract.of(provider);
        List<ConsumerExpectations> all = ConsumerExpectations.ofProvider(provider);
        List<String> failures = new ArrayList<>();
        int replayed = 0;
        for (ConsumerExpectations e : all) {
            for (ConsumerExpectations.Interaction i : e.interactions()) {
                replayed++;
                check(contract, e, i).forEach(f -> failures.add(e.consumer() + " '" + i.name() + "': " + f));
            }
        }
        if (replayed == 0) {
            throw new AssertionError("no consumer of " + provider + " has recorded an expectation in " + ConsumerExpectations.folder());
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("A change to " + provider + " breaks what other services rely on (" + ConsumerExpectations.folder()
                    + "):\n  " + String.join("\n  ", failures));
        }
    }

    private static List<String> check(ProviderContract contract, ConsumerExpectations e, ConsumerExpectations.Interaction i) {
        List<String> wrong = new ArrayList<>();
        ProviderContract.Operation op = contract.operation(i.method(), i.path());
        if (op == null) {
            wrong.add(i.method() + " " + i.path() + " is no longer an operation of the contract");
            return wrong;
        }
        wrong.addAll(contract.checkRequest(i.method(), i.path(), i.query(), i.headers()));
        Response r = request(i).request(i.method(), i.path());
        String body = r.asString();
        if (r.statusCode() != i.status()) {
            wrong.add("status " + r.statusCode() + ", expected " + i.status() + ": " + abbreviate(body));
            return wrong;
        }
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
        if (!body.isEmpty() && !type.equalsIgnoreCase(i.contentType())) {
            wrong.add("Content-Type " + type + ", expected " + i.contentType());
        }
        wrong.addAll(contract.checkResponse(op, r.statusCode(), r.contentType(), body));
        if (!i.reads().isEmpty()) {
            JsonNode tree;
            try {
                tree = JSON.readTree(body);
            } catch (IOException ex) {
                wrong.add("the answer is not JSON");
                return wrong;
            }
            List<String> missing = ConsumerExpectations.missingReads(tree, i.reads(), true);
            if (!missing.isEmpty()) {
                wrong.add("fields it reads are missing (or no element shows them): " + missing);
            }
        }
        return wrong;
    }

    private static RequestSpecification request(ConsumerExpectations.Interaction i) {
        RequestSpecification spec = i.as().isEmpty() ? RestAssured.given()
                : RestAssured.given().auth().oauth2(DevTokens.token(i.as().get(0), i.as().subList(1, i.as().size()).toArray(String[]::new)));
        i.query().forEach((k, v) -> spec.queryParam(k, v.toArray()));
        i.headers().forEach(spec::header);
        return spec.urlEncodingEnabled(true);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}

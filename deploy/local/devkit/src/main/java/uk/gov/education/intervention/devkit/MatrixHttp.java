package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import uk.gov.education.intervention.devkit.AccessMatrix.Answer;
import uk.gov.education.intervention.devkit.AccessMatrix.Call;
import uk.gov.education.intervention.devkit.AccessMatrix.Caller;
import uk.gov.education.intervention.devkit.AccessMatrix.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls of an {@link AccessMatrix} over HTTP to the service under test (where REST Assured points).
 * A plain JDK client with one pool of connections, not REST Assured, so that the many cells cost the
 * service's time, not the client's.
 */
final class MatrixHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private MatrixHttp() {
    }

    static Answer send(Operation op, Caller caller, Call call) {
        String target = target(op, call);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60));
            if (caller.token() != null) {
                request.header("Authorization", "Bearer " + caller.token());
            }
            call.headers.forEach(request::header);
            if (call.body != null) {
                request.header("Content-Type", "application/json")
                        .method(op.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call.body)));
            } else {
                request.method(op.method(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = r.headers().firstValue("Content-Type").orElse(null);
            if (contentType != null && contentType.startsWith("application/problem+json")) {
                JsonNode problem = JSON.readTree(r.body());
                return new Answer(r.statusCode(), contentType, text(problem, "type"), text(problem, "rule"), text(problem, "detail"));
            }
            return new Answer(r.statusCode(), contentType, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address of the call: the operation's path with the fixture's parameters in it, and its query. */
    private static String target(Operation op, Call call) {
        StringBuilder target = new StringBuilder(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath.replaceAll("/+$", ""));
        Matcher parameter = PATH_PARAMETER.matcher(op.path());
        int last = 0;
        while (parameter.find()) {
            Object value = call.pathParams.get(parameter.group(1));
            if (value == null) {
                throw new IllegalStateException("the fixture gives no value of the path parameter " + parameter.group(1));
            }
            target.append(op.path(), last, parameter.start()).append(encode(value));
            last = parameter.end();
        }
        target.append(op.path().substring(last));
        String separator = "?";
        for (Map.Entry<String, List<Object>> q : call.query.entrySet()) {
            for (Object value : q.getValue()) {
                target.append(separator).append(encode(q.getKey())).append('=').append(encode(value));
                separator = "&";
            }
        }
        return target.toString();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }
}

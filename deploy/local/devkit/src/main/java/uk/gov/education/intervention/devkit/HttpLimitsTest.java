package uk.gov.education.intervention.devkit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answers a service gives before its application code runs: a body, request target or headers
 * over the limits (413, 414, 431), a body without a Content-Type (415), a missing or bad token (401), each a problem detail in the
 * suite's words; and {@code X-Content-Type-Options: nosniff} on every answer. Requests are written
 * byte by byte on a socket ({@link RawHttp}), so that nothing (a client library's own limits or
 * its handling of an early answer) stands between the test and the server. A service's {@code @QuarkusTest} extends
 * this class, naming a list it reads and a write that the body limit guards.
 */
public abstract class HttpLimitsTest {

    /** A list any authenticated role may read, e.g. {@code /v1/councils}. */
    protected abstract String readPath();

    /** A JSON write dfe-admin may make, e.g. {@code /v1/organisations}. */
    protected abstract String writePath();

    /** How many records the write has stored so far, read through the API. */
    protected abstract long stored();

    private static long limit(String name) {
        return ConfigProvider.getConfig().getValue(name, Long.class);
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413ProblemBeforeItIsRead() throws IOException {
        long before = stored();
        long tooLarge = limit("suite.api.max-body-bytes") + 1;
        RawHttp.Answer a = RawHttp.Answer.of(RawHttp.send("POST " + writePath() + " HTTP/1.1\r\n" + auth() + "Content-Type: application/json\r\n"
                + "Content-Length: " + tooLarge + "\r\n\r\n", new byte[0]));
        a.assertProblem(413, "body-too-large");
        assertTrue(a.body.contains(String.valueOf(tooLarge)), a.body);
        assertEquals(before, stored());
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAsItIsRead() throws IOException {
        long before = stored();
        long limit = limit("suite.api.max-body-bytes");
        // an object of nothing but white space: the JSON reader reads every byte of it, looking for the end
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunk(chunked, "{".getBytes(StandardCharsets.US_ASCII));
        byte[] filler = new byte[64 * 1024];
        java.util.Arrays.fill(filler, (byte) ' ');
        for (long sent = 1; sent <= limit; sent += filler.length) {
            chunk(chunked, filler);
        }
        chunk(chunked, "}".getBytes(StandardCharsets.US_ASCII));
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer a = RawHttp.Answer.of(RawHttp.send("POST " + writePath() + " HTTP/1.1\r\n" + auth() + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", chunked.toByteArray()));
        a.assertProblem(413, "body-too-large");
        assertEquals(before, stored());
    }

    @Test
    void aBodyWithoutAContentTypeIsA415ProblemAndStoresNothing() throws IOException {
        long before = stored();
        byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer a = RawHttp.Answer.of(RawHttp.send("POST " + writePath() + " HTTP/1.1\r\n" + auth()
                + "Content-Length: " + body.length + "\r\n\r\n", body));
        a.assertProblem(415, "unsupported-media-type");
        assertTrue(a.body.contains("The request has no Content-Type header; send Content-Type: application/json with the body."), a.body);
        assertEquals(before, stored());
    }

    @Test
    void aRequestTargetOverTheLimitIsA414Problem() throws IOException {
        long limit = limit("suite.api.max-request-target-length");
        String target = readPath() + "?cursor=" + "a".repeat((int) limit);
        RawHttp.Answer.of(RawHttp.send("GET " + target + " HTTP/1.1\r\n" + auth() + "\r\n", new byte[0])).assertProblem(414, "uri-too-long");
        // many times over
        String huge = readPath() + "?cursor=" + "a".repeat(40_000);
        RawHttp.Answer.of(RawHttp.send("GET " + huge + " HTTP/1.1\r\n" + auth() + "\r\n", new byte[0])).assertProblem(414, "uri-too-long");
    }

    @Test
    void headersOverTheLimitAreA431Problem() throws IOException {
        String big = "X-Padding: " + "p".repeat(30_000) + "\r\n";
        RawHttp.Answer.of(RawHttp.send("GET " + readPath() + " HTTP/1.1\r\n" + auth() + big + "\r\n", new byte[0]))
                .assertProblem(431, "headers-too-large");
        String many = "X-Padding: " + "p".repeat(1_000) + "\r\n";
        RawHttp.Answer.of(RawHttp.send("GET " + readPath() + " HTTP/1.1\r\n" + auth() + many.repeat(20) + "\r\n", new byte[0]))
                .assertProblem(431, "headers-too-large");
    }

    @Test
    void a401CarriesOneChallengeAndAProblem() throws IOException {
        for (String authorization : List.of("", "Authorization: Bearer not-a-token\r\n", "Authorization: Basic dXNlcjpwYXNz\r\n")) {
            RawHttp.Answer a = RawHttp.Answer.of(RawHttp.send("GET " + readPath() + " HTTP/1.1\r\n" + authorization + "\r\n", new byte[0]));
            a.assertProblem(401, "unauthorized");
            assertEquals(List.of("Bearer"), a.headers("WWW-Authenticate"), authorization);
        }
    }

    @Test
    void everyAnswerSaysNosniff() throws IOException {
        List<String> requests = List.of(
                "GET " + readPath() + " HTTP/1.1\r\n" + auth() + "\r\n",
                "GET " + readPath() + " HTTP/1.1\r\n\r\n",
                "GET /v1/nowhere HTTP/1.1\r\n" + auth() + "\r\n",
                "GET " + readPath() + "?limit=0 HTTP/1.1\r\n" + auth() + "\r\n",
                "GET /q/openapi HTTP/1.1\r\n\r\n",
                "GET /q/swagger-ui/ HTTP/1.1\r\n\r\n",
                "GET /q/health/live HTTP/1.1\r\n\r\n",
                "GET /nowhere-at-all HTTP/1.1\r\n\r\n");
        for (String request : requests) {
            RawHttp.Answer a = RawHttp.Answer.of(RawHttp.send(request, new byte[0]));
            assertEquals(List.of("nosniff"), a.headers("X-Content-Type-Options"), request + " answered " + a.status);
        }
    }

    private static String auth() {
        return "Authorization: Bearer " + DevTokens.token("dfe-admin") + "\r\n";
    }

    private static void chunk(ByteArrayOutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}

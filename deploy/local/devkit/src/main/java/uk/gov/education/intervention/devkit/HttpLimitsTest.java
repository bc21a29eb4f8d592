package uk.gov.education.intervention.devkit;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answers a service gives before its application code runs: a body, request target or headers
 * over the limits (413, 414, 431), a missing or bad token (401), each a problem detail in the
 * suite's words; and {@code X-Content-Type-Options: nosniff} on every answer. Requests are written
 * byte by byte on a socket, so that nothing (a client library's own limits or its handling of an
 * early answer) stands between the test and the server. A service's {@code @QuarkusTest} extends
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
        Answer a = Answer.of(send("POST " + writePath() + " HTTP/1.1\r\n" + auth() + "Content-Type: application/json\r\n"
                + "Content-Length: " + tooLarge + "\r\n\r\n", new byte[0]));
        a.assertProblem(413, "body-too-large");
        assertTrue(a.body.contains(String.valueOf(tooLarge)), a.body);
        assertEquals(before, stored());
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAsItIsRead() throws IOException {
        long before = stored();
        long limit = limit("suite.api.max-body-bytes");
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
        chunk(chunked, start);
        byte[] filler = new byte[64 * 1024];
        java.util.Arrays.fill(filler, (byte) 'x');
        for (long sent = start.length; sent <= limit; sent += filler.length) {
            chunk(chunked, filler);
        }
        chunk(chunked, "\"}".getBytes(StandardCharsets.US_ASCII));
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Answer a = Answer.of(send("POST " + writePath() + " HTTP/1.1\r\n" + auth() + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", chunked.toByteArray()));
        a.assertProblem(413, "body-too-large");
        assertEquals(before, stored());
    }

    @Test
    void aRequestTargetOverTheLimitIsA414Problem() throws IOException {
        long limit = limit("suite.api.max-request-target-length");
        String target = readPath() + "?cursor=" + "a".repeat((int) limit);
        Answer.of(send("GET " + target + " HTTP/1.1\r\n" + auth() + "\r\n", new byte[0])).assertProblem(414, "uri-too-long");
        // many times over
        String huge = readPath() + "?cursor=" + "a".repeat(40_000);
        Answer.of(send("GET " + huge + " HTTP/1.1\r\n" + auth() + "\r\n", new byte[0])).assertProblem(414, "uri-too-long");
    }

    @Test
    void headersOverTheLimitAreA431Problem() throws IOException {
        String big = "X-Padding: " + "p".repeat(30_000) + "\r\n";
        Answer.of(send("GET " + readPath() + " HTTP/1.1\r\n" + auth() + big + "\r\n", new byte[0]))
                .assertProblem(431, "headers-too-large");
        String many = "X-Padding: " + "p".repeat(1_000) + "\r\n";
        Answer.of(send("GET " + readPath() + " HTTP/1.1\r\n" + auth() + many.repeat(20) + "\r\n", new byte[0]))
                .assertProblem(431, "headers-too-large");
    }

    @Test
    void a401CarriesOneChallengeAndAProblem() throws IOException {
        for (String authorization : List.of("", "Authorization: Bearer not-a-token\r\n", "Authorization: Basic dXNlcjpwYXNz\r\n")) {
            Answer a = Answer.of(send("GET " + readPath() + " HTTP/1.1\r\n" + authorization + "\r\n", new byte[0]));
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
            Answer a = Answer.of(send(request, new byte[0]));
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

    /** Writes the request (adding Host and Connection: close) and reads the answer until the server closes. */
    private static byte[] send(String head, byte[] body) throws IOException {
        String host = "Host: localhost:" + RestAssured.port + "\r\nConnection: close\r\n";
        int firstLineEnd = head.indexOf("\r\n") + 2;
        String request = head.substring(0, firstLineEnd) + host + head.substring(firstLineEnd);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered and closed before the whole request was written: read its answer
            }
            return in.readAllBytes();
        }
    }

    /** An HTTP/1.1 answer as read from the socket. */
    static final class Answer {
        int status;
        final List<String[]> headerLines = new ArrayList<>();
        String body;

        static Answer of(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no HTTP answer, only: " + text);
            }
            Answer a = new Answer();
            String[] lines = text.substring(0, end).split("\r\n");
            a.status = Integer.parseInt(lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                a.headerLines.add(new String[]{lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
            }
            String rest = text.substring(end + 4);
            a.body = a.headers("Transfer-Encoding").contains("chunked") ? unchunk(rest) : rest;
            return a;
        }

        List<String> headers(String name) {
            return headerLines.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }

        void assertProblem(int expectedStatus, String slug) {
            assertEquals(expectedStatus, status, body);
            assertTrue(headers("Content-Type").stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("application/problem+json")),
                    "content type " + headers("Content-Type") + " of " + body);
            assertTrue(body.contains("\"type\":\"urn:problem-type:intervention:" + slug + "\""), body);
            assertTrue(body.contains("\"status\":" + expectedStatus), body);
            assertTrue(body.contains("\"title\":") && body.contains("\"detail\":"), body);
            assertEquals(List.of("nosniff"), headers("X-Content-Type-Options"));
        }

        private static String unchunk(String chunked) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", i);
                int size = Integer.parseInt(chunked.substring(i, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                i = lineEnd + 2 + size + 2;
            }
            return out.toString();
        }
    }
}

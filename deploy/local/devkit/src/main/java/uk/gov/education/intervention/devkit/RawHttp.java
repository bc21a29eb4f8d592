package uk.gov.education.intervention.devkit;

import io.restassured.RestAssured;

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
 * HTTP/1.1 written byte by byte on a socket to the service under test, for requests no client
 * library would send as they are (a malformed query, a body over the limit, headers beyond reason).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Writes the request (adding Host and Connection: close) and reads the answer until the server closes. */
    public static byte[] send(String head, byte[] body) throws IOException {
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
    public static final class Answer {
        public int status;
        public final List<String[]> headerLines = new ArrayList<>();
        public String body;

        public static Answer of(byte[] raw) {
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

        public List<String> headers(String name) {
            return headerLines.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }

        public void assertProblem(int expectedStatus, String slug) {
            assertEquals(expectedStatus, status, body);
            assertTrue(headers("Content-Type").stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("application/problem+json")),
                    "status " + status + ", headers " + headerLines.stream().map(h -> h[0] + ": " + h[1]).toList() + ", body " + body);
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

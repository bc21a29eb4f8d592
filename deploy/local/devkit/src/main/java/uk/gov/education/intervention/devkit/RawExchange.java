package uk.gov.education.intervention.devkit;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A generated request of {@link GeneratedInputTest} written as it is on a socket of its own, and the
 * answer read back as bytes.
 */
final class RawExchange {

    private RawExchange() {
    }

    /** Writes the request (chunked if it says so) and reads the answer until the server closes; none when it reset. */
    static byte[] write(ContractInputs.Request r) throws IOException {
        byte[] head = head(r);
        byte[] body = r.chunked ? chunked(r.body) : r.body;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(head);
                out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered and closed before the whole request was written: read its answer
            }
            try {
                return in.readAllBytes();
            } catch (IOException reset) {
                return new byte[0];
            }
        }
    }

    private static byte[] head(ContractInputs.Request r) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write((r.operation.method().toUpperCase(Locale.ROOT) + " " + r.target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        boolean declared = false;
        for (String[] h : r.headers) {
            declared |= h[0].equalsIgnoreCase("Content-Length");
            head.write((h[0] + ": " + h[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (r.chunked) {
            head.write("Transfer-Encoding: chunked\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else if (!declared && (r.body.length > 0 || !r.operation.method().equals("get"))) {
            head.write(("Content-Length: " + r.body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        head.write("Host: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return head.toByteArray();
    }

    private static byte[] chunked(byte[] whole) throws IOException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int step = 1 + (whole.length / 7);
        for (int off = 0; off < whole.length; off += step) {
            int n = Math.min(step, whole.length - off);
            chunks.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(whole, off, n);
            chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunks.toByteArray();
    }

    /** An HTTP/1.1 answer, read as bytes (a chunk's size counts bytes, not characters); status 0 when there was none. */
    static final class Answer {
        int status;
        final Map<String, String> headers = new HashMap<>();
        String body = "";

        static Answer of(byte[] raw) {
            Answer a = new Answer();
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (end < 0) {
                return a;
            }
            String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            a.status = Integer.parseInt(lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                a.headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int start = end + 4;
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (a.header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
                int i = start;
                while (i < raw.length) {
                    int lineEnd = indexOf(raw, "\r\n".getBytes(StandardCharsets.US_ASCII), i);
                    int size = Integer.parseInt(new String(raw, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    content.write(raw, lineEnd + 2, size);
                    i = lineEnd + 2 + size + 2;
                }
            } else {
                content.write(raw, start, raw.length - start);
            }
            a.body = content.toString(StandardCharsets.UTF_8);
            return a;
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        private static int indexOf(byte[] in, byte[] what, int from) {
            outer:
            for (int i = from; i <= in.length - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (in[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}

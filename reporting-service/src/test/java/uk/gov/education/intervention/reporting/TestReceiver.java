package uk.gov.education.intervention.reporting;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a free loopback port (the JDK's HTTP server): it records what it is sent and
 * answers 500 to the first {@link #failNext(int)} requests, 204 to the rest. It verifies Standard Webhooks
 * signatures as a receiver would, computing the HMAC itself.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String id, String timestamp, String signature, String body) {
        Map<String, String> headers() {
            return Map.of("webhook-id", id, "webhook-timestamp", timestamp, "webhook-signature", signature);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var h = exchange.getRequestHeaders();
                received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), body));
            }
            int status = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failNext(int n) {
        failures.set(n);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Whether one of the header's signatures is the HMAC-SHA256 of id.timestamp.body under the secret. */
    static boolean verifies(Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        for (String sig : r.signature().split(" ")) {
            if (sig.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(sig.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

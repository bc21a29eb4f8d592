package uk.gov.education.intervention.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A webhook receiver as a subscriber would run one: the JDK's HTTP server on a free loopback port. It
 * records every request, and can answer each message ({@code webhook-id}) 500 for its first attempts and
 * take its time over each answer, so that deliveries stay pending. It verifies Standard Webhooks
 * signatures itself, from the secret, as a receiver would.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, and the status it was answered with. */
    record Received(String id, String timestamp, String signature, String body, int answered) {
        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("a webhook body that is not JSON: " + body, e);
            }
        }

        /** The event's type, e.g. submission.accepted. */
        String type() {
            return json().path("type").asText();
        }

        String submissionId() {
            return json().path("data").path("submissionId").asText();
        }

        boolean delivered() {
            return answered >= 200 && answered < 300;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();
    private final int failuresPerMessage;
    private final Duration answerAfter;

    private WebhookReceiver(int failuresPerMessage, Duration answerAfter) throws IOException {
        this.failuresPerMessage = failuresPerMessage;
        this.answerAfter = answerAfter;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers every request 204 at once. */
    static WebhookReceiver accepting() throws IOException {
        return new WebhookReceiver(0, Duration.ZERO);
    }

    /** Answers the first {@code failures} attempts of each message 500, later ones 204; each answer after {@code after}. */
    static WebhookReceiver failingFirst(int failures, Duration after) throws IOException {
        return new WebhookReceiver(failures, after);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            String id = h.getFirst("webhook-id");
            int attempt = attemptsById.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger()).incrementAndGet();
            int status = attempt <= failuresPerMessage ? 500 : 204;
            if (!answerAfter.isZero()) {
                Thread.sleep(answerAfter.toMillis());
            }
            received.add(new Received(id, h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Polls (every 100 ms, up to {@code limit}) until some request matches; the first that does, or null. */
    Received await(Predicate<Received> wanted, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        do {
            for (Received r : received) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return null;
    }

    /**
     * Whether one of the {@code webhook-signature} header's {@code v1,} signatures is the base64 HMAC-SHA256 of
     * {@code id.timestamp.body}, keyed with what the {@code whsec_} secret's base64 part decodes to.
     */
    static boolean verifies(Received r, String secret) throws Exception {
        if (r.signature() == null || !secret.startsWith("whsec_")) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : r.signature().split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring("v1,".length())))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

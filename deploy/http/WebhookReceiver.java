import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A webhook receiver for trying the suite locally (the README's Board meeting walkthrough), run by the JDK as a
 * single-file program: java deploy/http/WebhookReceiver.java PORT [SECRET_FILE]. It listens on 127.0.0.1:PORT,
 * prints each delivery's Standard Webhooks headers and body to standard output, checks the signature when
 * SECRET_FILE holds the subscription's whsec_ secret (read at each delivery, so it may be written after the
 * start), and answers 204. Not for production: it trusts whatever reaches it.
 */
public class WebhookReceiver {

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java deploy/http/WebhookReceiver.java PORT [SECRET_FILE]");
            System.exit(2);
        }
        Path secretFile = args.length == 2 ? Path.of(args[1]) : null;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
        server.createContext("/", exchange -> receive(exchange, secretFile));
        server.start();
        System.out.println("listening on http://127.0.0.1:" + server.getAddress().getPort() + "/");
        System.out.flush();
    }

    private static void receive(HttpExchange exchange, Path secretFile) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = header(exchange, "webhook-id");
        String timestamp = header(exchange, "webhook-timestamp");
        String signatures = header(exchange, "webhook-signature");
        StringBuilder out = new StringBuilder("delivery: ").append(exchange.getRequestMethod()).append(' ')
                .append(exchange.getRequestURI()).append('\n')
                .append("  webhook-id: ").append(id).append('\n')
                .append("  webhook-timestamp: ").append(timestamp).append('\n')
                .append("  webhook-signature: ").append(signatures).append('\n');
        String secret = secretFile != null && Files.isReadable(secretFile) ? Files.readString(secretFile).strip() : "";
        if (!secret.isEmpty()) {
            out.append("  signature: ").append(verified(secret, id, timestamp, signatures, body) ? "verified" : "NOT VERIFIED").append('\n');
        }
        out.append("  body: ").append(new String(body, StandardCharsets.UTF_8)).append('\n');
        synchronized (System.out) {
            System.out.print(out);
            System.out.flush();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "(none)" : value;
    }

    /** Standard Webhooks: one of the space-separated "v1,<base64>" is the HMAC-SHA256 of "id.timestamp.body". */
    private static boolean verified(String secret, String id, String timestamp, String signatures, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1)), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
            for (String s : signatures.split(" ")) {
                if (java.security.MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

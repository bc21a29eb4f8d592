package uk.gov.education.intervention.devkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Development-only bearer tokens: RS256 JWTs signed with the key in {@code dev-jwt/private.pem}
 * and issued by {@link #ISSUER}. Production configures its OIDC issuer's keys instead and never
 * trusts this key or issuer. Uses only the JDK, so that {@code deploy/local/token.sh} can run it
 * as a single source file.
 *
 * <pre>java DevTokens.java --key path/private.pem ROLE [GSS_CODE...] [--sub NAME] [--ttl SECONDS]</pre>
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev-only.intervention.invalid";
    public static final String AUDIENCE = "intervention-suite";

    private DevTokens() {
    }

    /** A token for the role, acting for the given councils, signed with the bundled development key. */
    public static String token(String role, String... councils) {
        return token("dev-" + role + "@example.invalid", role, List.of(councils), 3600, bundledKey());
    }

    public static String token(String subject, String role, List<String> councils, long ttlSeconds, PrivateKey key) {
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":").append(q(ISSUER))
                .append(",\"aud\":").append(q(AUDIENCE))
                .append(",\"sub\":").append(q(subject))
                .append(",\"upn\":").append(q(subject))
                .append(",\"groups\":[").append(q(role)).append(']')
                .append(",\"councils\":[");
        for (int i = 0; i < councils.size(); i++) {
            claims.append(i == 0 ? "" : ",").append(q(councils.get(i)));
        }
        claims.append("],\"iat\":").append(now)
                .append(",\"exp\":").append(now + ttlSeconds)
                .append(",\"jti\":").append(q(UUID.randomUUID().toString()))
                .append('}');
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev-only\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign development token", e);
        }
    }

    public static PrivateKey bundledKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-jwt/private.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-jwt/private.pem is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey parse(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("not a PKCS#8 RSA private key", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static void main(String[] args) throws IOException {
        Path keyPath = null;
        String subject = null;
        long ttl = 8 * 3600;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> keyPath = Path.of(args[++i]);
                case "--sub" -> subject = args[++i];
                case "--ttl" -> ttl = Long.parseLong(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        List<String> roles = List.of("dfe-admin", "dfe-analyst", "commissioner", "council-reporter");
        if (rest.isEmpty() || !roles.contains(rest.get(0))) {
            System.err.println("usage: token.sh ROLE [GSS_CODE...]   ROLE is one of " + String.join(", ", roles));
            System.exit(2);
        }
        String role = rest.get(0);
        List<String> councils = rest.subList(1, rest.size());
        for (String gss : councils) {
            if (!gss.matches("[ENSW]\\d{8}")) {
                System.err.println("not a GSS code: " + gss + " (e.g. E06000021)");
                System.exit(2);
            }
        }
        if ((role.equals("commissioner") || role.equals("council-reporter")) && councils.isEmpty()) {
            System.err.println(role + " acts for named councils: give at least one GSS code, e.g. E06000021");
            System.exit(2);
        }
        PrivateKey key = keyPath == null ? bundledKey() : parse(Files.readString(keyPath));
        System.out.println(token(subject == null ? "dev-" + role + "@example.invalid" : subject, role, councils, ttl, key));
    }
}

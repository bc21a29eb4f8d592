package uk.gov.education.intervention.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The development issuer and key ({@code deploy/local/devkit}) are for the local stack only: the
 * private half of the key is in the repository, so a service that trusts it accepts tokens anyone
 * can mint. A service refuses to start when it is configured to trust the development issuer
 * ({@code JWT_ISSUER}) or a public key equal to the development one ({@code JWT_PUBLIC_KEYS_URL},
 * wherever it is read from), unless the local stack opts in with {@code SUITE_INSECURE_LOCAL_STACK=true}
 * ({@value #LOCAL_STACK_PROPERTY}): {@code deploy/local/run.sh}, compose and the tests set it; the
 * Kubernetes manifests never do (their checks refuse it).
 */
@ApplicationScoped
public class DevelopmentTrust {

    public static final String LOCAL_STACK_PROPERTY = "suite.security.insecure-local-stack";
    public static final String LOCAL_STACK_VARIABLE = "SUITE_INSECURE_LOCAL_STACK";
    public static final String DEVELOPMENT_ISSUER = "https://dev-only.intervention.invalid";
    static final String ISSUER_PROPERTY = "mp.jwt.verify.issuer";
    static final String KEY_LOCATION_PROPERTY = "mp.jwt.verify.publickey.location";
    static final String KEY_PROPERTY = "mp.jwt.verify.publickey";

    /** deploy/local/devkit/src/main/resources/dev-jwt/public.pem (a platform test keeps the two equal). */
    static final String DEVELOPMENT_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuCu4zPKn56f5bmDlgqp5
            XgVoT3js0Z136GzyUSEtTI4qwL5/Vh1F/3G1cdxHrdKF76c5FzIEsXkSdkYXA3Wk
            bBcXRC8mHKcGwza2ru8+UlqnusRZPgnDEb+VmGVMVWohSbfCrOhssppGauPzQ0S5
            XEGTbU/auSV7ncfiEHxKVxznRoSgvenqxJFyHExAdhtondZ8b2ELu6ZzndWpuzHS
            qP1HTkvAThsOGVjAKydMMcOoE9PoE2QE6FV19DlXiSzh0kuIBLhKy4QqQPkWr4Wk
            iaTMOhTNSKdDl6DP9s6aQ3Z0QLmDPm3paVVFwP69ACM9A46VtOVYOf+u9HeIQzYr
            fwIDAQAB
            -----END PUBLIC KEY-----
            """;

    private static final Logger LOG = Logger.getLogger(DevelopmentTrust.class);
    private static final Duration REMOTE_KEYS_TIMEOUT = Duration.ofSeconds(3);
    private static final String JSON_OBJECT = "{";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (PUBLIC KEY|CERTIFICATE)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final BigInteger DEVELOPMENT_MODULUS =
            ((RSAPublicKey) publicKeys(DEVELOPMENT_PUBLIC_KEY).get(0)).getModulus();

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        if (isLocalStack(config)) {
            LOG.warnf("%s=true: this service may trust the development issuer and key of deploy/local/devkit, "
                    + "whose private half is public. Never set it outside a local stack.", LOCAL_STACK_VARIABLE);
            return;
        }
        Optional<String> location = config.getOptionalValue(KEY_LOCATION_PROPERTY, String.class);
        Optional<String> inline = config.getOptionalValue(KEY_PROPERTY, String.class);
        List<String> keyTexts = new ArrayList<>();
        inline.ifPresent(keyTexts::add);
        location.flatMap(DevelopmentTrust::read).ifPresent(keyTexts::add);
        check(config.getOptionalValue(ISSUER_PROPERTY, String.class), keyTexts, location.orElse(KEY_PROPERTY));
    }

    /** Whether the local stack has opted in to the development issuer and key ({@value #LOCAL_STACK_VARIABLE}). */
    public static boolean isLocalStack(Config config) {
        return config.getOptionalValue(LOCAL_STACK_PROPERTY, Boolean.class).orElse(false);
    }

    /**
     * Refuses the development issuer, and verification keys of which one is the development key.
     *
     * @param keyTexts the keys as configured: PEM public keys or certificates, a JWK or a JWK set
     * @param where    where the keys were read, for the message
     * @throws IllegalStateException naming the setting to change
     */
    public static void check(Optional<String> issuer, List<String> keyTexts, String where) {
        if (issuer.map(String::strip).map(i -> i.replaceFirst("/+$", "")).filter(DEVELOPMENT_ISSUER::equalsIgnoreCase).isPresent()) {
            throw refusal("JWT_ISSUER (" + ISSUER_PROPERTY + ") is the development issuer " + DEVELOPMENT_ISSUER);
        }
        for (String text : keyTexts) {
            if (containsDevelopmentKey(text)) {
                throw refusal("JWT_PUBLIC_KEYS_URL (" + where + ") holds the development public key");
            }
        }
    }

    /** Whether any public key in the text (PEM, JWK or JWK set) is the development key. */
    static boolean containsDevelopmentKey(String text) {
        return publicKeys(text).stream()
                .anyMatch(k -> k instanceof RSAPublicKey rsa && rsa.getModulus().equals(DEVELOPMENT_MODULUS));
    }

    private static IllegalStateException refusal(String what) {
        return new IllegalStateException(what + ", whose private key is in the repository: anyone could sign tokens "
                + "this service would accept. Set JWT_ISSUER and JWT_PUBLIC_KEYS_URL to your identity provider's. Only a "
                + "local stack may trust the development key, by setting " + LOCAL_STACK_VARIABLE + "=true. "
                + "The service does not start.");
    }

    /** The RSA public keys in PEM blocks, a JWK, a JWK set or bare base64 DER; none when it is none of them. */
    static List<PublicKey> publicKeys(String text) {
        List<PublicKey> keys = new ArrayList<>();
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith(JSON_OBJECT)) {
                addJwkKeys(trimmed, keys);
            } else {
                addPemKeys(trimmed, keys);
            }
        } catch (Exception e) {
            // not a key this check can read; the JWT verifier reports its own errors
        }
        return keys;
    }

    private static void addJwkKeys(String json, List<PublicKey> keys) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        JsonNode list = node.has("keys") ? node.get("keys") : new ObjectMapper().createArrayNode().add(node);
        for (JsonNode jwk : list) {
            if ("RSA".equals(jwk.path("kty").asText()) && jwk.hasNonNull("n") && jwk.hasNonNull("e")) {
                keys.add(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asText())),
                        new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asText())))));
            }
        }
    }

    private static void addPemKeys(String text, List<PublicKey> keys) throws Exception {
        Matcher pem = PEM.matcher(text);
        boolean found = false;
        while (pem.find()) {
            found = true;
            byte[] der = Base64.getMimeDecoder().decode(pem.group(2));
            keys.add(pem.group(1).equals("CERTIFICATE")
                    ? CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)).getPublicKey()
                    : KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        }
        if (!found && text.matches("[A-Za-z0-9+/=\\s]+")) {
            keys.add(KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(Base64.getMimeDecoder().decode(text))));
        }
    }

    /**
     * The text at a key location as smallrye-jwt reads it: an http(s) URL, {@code file:} or
     * {@code classpath:} prefixed, or a plain path or classpath resource. A remote key set that
     * cannot be read within a few seconds is not checked (and a warning says so): the service's
     * start does not wait on the identity provider.
     */
    static Optional<String> read(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(REMOTE_KEYS_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(REMOTE_KEYS_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                return Optional.of(response.body());
            }
            String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
            if (!location.startsWith("classpath:") && Files.isRegularFile(Path.of(path))) {
                return Optional.of(Files.readString(Path.of(path), StandardCharsets.UTF_8));
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource.replaceFirst("^/", ""))) {
                if (in != null) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            throw new IOException("no such file or classpath resource");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("The token verification keys at %s could not be read at start (%s), so they were not checked "
                    + "against the development key", location, e.getMessage());
            return Optional.empty();
        }
    }
}

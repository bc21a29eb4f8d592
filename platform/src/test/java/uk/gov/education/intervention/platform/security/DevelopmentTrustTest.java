package uk.gov.education.intervention.platform.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refusing the development issuer and key, in whatever form the key is configured. */
class DevelopmentTrustTest {

    private static final Path DEVKIT_PUBLIC_KEY = Path.of("../deploy/local/devkit/src/main/resources/dev-jwt/public.pem");
    private static final Optional<String> REAL_ISSUER = Optional.of("https://login.example.gov.uk/intervention");

    @Test
    void theBuiltInCopyIsTheDevkitsPublicKey() throws Exception {
        assertEquals(Files.readString(DEVKIT_PUBLIC_KEY).strip(), DevelopmentTrust.DEVELOPMENT_PUBLIC_KEY.strip());
    }

    @Test
    void theDevelopmentIssuerIsRefusedHoweverItIsWritten() {
        for (String issuer : List.of("https://dev-only.intervention.invalid", "https://dev-only.intervention.invalid/",
                " HTTPS://DEV-ONLY.INTERVENTION.INVALID ")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> DevelopmentTrust.check(Optional.of(issuer), List.of(), "x"), issuer);
            assertTrue(refused.getMessage().startsWith("JWT_ISSUER (mp.jwt.verify.issuer) is the development issuer"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("SUITE_INSECURE_LOCAL_STACK=true"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("The service does not start."), refused.getMessage());
        }
    }

    @Test
    void theDevelopmentKeyIsRefusedAsPemJwkOrAmongTheKeysOfAJwkSet() throws Exception {
        String pem = Files.readString(DEVKIT_PUBLIC_KEY);
        RSAPublicKey dev = (RSAPublicKey) DevelopmentTrust.publicKeys(pem).get(0);
        String bareBase64 = pem.replaceAll("-----[A-Z ]+-----", "").strip();
        String jwkSet = "{\"keys\":[" + jwk(otherKey(), "current") + "," + jwk(dev, "old") + "]}";
        for (String text : List.of(pem, bareBase64, jwk(dev, "dev-only"), jwkSet, pemOf(otherKey()) + "\n" + pem)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> DevelopmentTrust.check(REAL_ISSUER, List.of(text), "file:/config/keys"), text);
            assertTrue(refused.getMessage().startsWith("JWT_PUBLIC_KEYS_URL (file:/config/keys) holds the development public key"),
                    refused.getMessage());
        }
    }

    @Test
    void anotherIssuerAndAnotherKeyAreAccepted() throws Exception {
        RSAPublicKey other = otherKey();
        assertDoesNotThrow(() -> DevelopmentTrust.check(REAL_ISSUER, List.of(pemOf(other), jwk(other, "a"),
                "{\"keys\":[" + jwk(other, "a") + "]}", "not a key at all"), "x"));
        assertDoesNotThrow(() -> DevelopmentTrust.check(Optional.empty(), List.of(), "x"));
    }

    @Test
    void keysAreReadFromFilesClasspathAndUrlsAsTheVerifierReadsThem(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copied public key.pem");
        Files.copy(DEVKIT_PUBLIC_KEY, copy);
        assertTrue(DevelopmentTrust.containsDevelopmentKey(DevelopmentTrust.read(copy.toString()).orElseThrow()));
        assertTrue(DevelopmentTrust.containsDevelopmentKey(DevelopmentTrust.read("file:" + copy).orElseThrow()));
        assertTrue(DevelopmentTrust.read("classpath:no/such/key.pem").isEmpty());

        String jwkSet = "{\"keys\":[" + jwk((RSAPublicKey) DevelopmentTrust.publicKeys(Files.readString(copy)).get(0), "k") + "]}";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            byte[] body = jwkSet.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            assertTrue(DevelopmentTrust.containsDevelopmentKey(DevelopmentTrust.read(url).orElseThrow()));
            // an identity provider that does not answer at start is not checked; the start does not wait on it
            assertTrue(DevelopmentTrust.read("http://127.0.0.1:" + server.getAddress().getPort() + "/missing").isEmpty());
        } finally {
            server.stop(0);
        }
        assertTrue(DevelopmentTrust.read("http://127.0.0.1:" + closedPort() + "/jwks").isEmpty());
    }

    @Test
    void anotherKeyIsNotTakenForTheDevelopmentOne() throws Exception {
        assertFalse(DevelopmentTrust.containsDevelopmentKey(pemOf(otherKey())));
        assertFalse(DevelopmentTrust.containsDevelopmentKey("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"a\",\"y\":\"b\"}"));
    }

    private static RSAPublicKey otherKey;

    /** A key that is not the development one: made once, as any one serves and a 2048-bit key takes a while to make. */
    private static synchronized RSAPublicKey otherKey() throws Exception {
        if (otherKey == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            otherKey = (RSAPublicKey) generator.generateKeyPair().getPublic();
        }
        return otherKey;
    }

    private static String pemOf(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static String jwk(RSAPublicKey key, String kid) {
        return "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"" + b64(key.getModulus())
                + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

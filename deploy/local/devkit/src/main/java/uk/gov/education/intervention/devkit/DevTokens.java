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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Development-only bearer tokens: RS256 JWTs signed with the key in {@code dev-jwt/private.pem}
 * and issued by {@link #ISSUER}. Production configures its OIDC issuer's keys instead and never
 * trusts this key or issuer. Uses only the JDK, so that {@code deploy/local/token.sh} can run it
 * as a single source file.
 *
 * <p>Each token names one person: a subject of its own for each role, council and (optionally)
 * person ({@link #subject}), the same every time, so that the audit tells callers apart. A
 * {@code council-reporter} token also names the caller's organisation: the council whose staff it
 * is ({@code organisation} claim, a GSS code).
 *
 * <pre>java DevTokens.java --key path/private.pem ROLE [GSS_CODE] [--person NAME] [--sub SUBJECT] [--ttl SECONDS]</pre>
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev-only.intervention.invalid";
    public static final String AUDIENCE = "intervention-suite";
    /** The claim naming a council's (or partner authority's) staff member's organisation: its council's GSS code. */
    public static final String ORGANISATION_CLAIM = "organisation";
    public static final List<String> ROLES = List.of("dfe-admin", "dfe-analyst", "commissioner", "council-reporter");

    private static final String GSS = "[ENSW]\\d{8}";
    private static final String PERSON = "[a-z0-9][a-z0-9-]{0,39}";

    private DevTokens() {
    }

    /**
     * The stable development subject of a role, council and person: {@code dev-ROLE[.GSS][.PERSON]@example.invalid},
     * e.g. {@code dev-council-reporter.E08000007@example.invalid}.
     */
    public static String subject(String role, String council, String person) {
        return "dev-" + role + (council == null ? "" : "." + council) + (person == null ? "" : "." + person) + "@example.invalid";
    }

    /**
     * A token for the role, signed with the bundled development key: a {@code council-reporter} of the
     * council named (its organisation), a {@code commissioner} with the identity of that council's
     * development commissioner (which the development data links to the seed Commissioner).
     */
    public static String token(String role, String... council) {
        if (council.length > 1) {
            throw new IllegalArgumentException("a development token names at most one council, not " + List.of(council));
        }
        return personToken(role, council.length == 0 ? null : council[0], null);
    }

    /**
     * A token of a person of their own within the role and council (see {@link #subject}). The same
     * token is given again while it has more than half of its hour left: signing costs a test JVM
     * (C1 only) several milliseconds of CPU, and a module's tests ask for thousands. No service
     * tells one token of a person from another (nothing reads {@code jti}); token.sh signs anew.
     */
    public static String personToken(String role, String council, String person) {
        check(role, council, person);
        long now = Instant.now().getEpochSecond();
        Issued kept = ISSUED.get(role + "|" + council + "|" + person);
        if (kept != null && kept.expires() - now > 1800) {
            return kept.token();
        }
        String token = token(subject(role, council, person), role, organisationOf(role, council), 3600, bundledKey());
        ISSUED.put(role + "|" + council + "|" + person, new Issued(token, now + 3600));
        return token;
    }

    private record Issued(String token, long expires) {
    }

    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    /** A token with the given subject; {@code organisation}: at most one GSS code, the caller's organisation. */
    public static String token(String subject, String role, List<String> organisation, long ttlSeconds, PrivateKey key) {
        if (organisation.size() > 1) {
            throw new IllegalArgumentException("a token names at most one organisation, not " + organisation);
        }
        return token(subject, role, organisation.isEmpty() ? null : organisation.get(0), ttlSeconds, key);
    }

    public static String token(String subject, String role, String organisation, long ttlSeconds, PrivateKey key) {
        return token(ISSUER, AUDIENCE, subject, role, organisation, ttlSeconds, key);
    }

    /**
     * A token of any issuer and audience: with another issuer or audience, a negative {@code ttlSeconds}
     * (expired that long ago) or another key, one that a service must refuse.
     */
    public static String token(String issuer, String audience, String subject, String role, String organisation, long ttlSeconds,
                               PrivateKey key) {
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":").append(q(issuer))
                .append(",\"aud\":").append(q(audience))
                .append(",\"sub\":").append(q(subject))
                .append(",\"upn\":").append(q(subject))
                .append(",\"groups\":[").append(q(role)).append(']');
        if (organisation != null) {
            claims.append(",\"").append(ORGANISATION_CLAIM).append("\":").append(q(organisation));
        }
        claims.append(",\"iat\":").append(Math.min(now, now + ttlSeconds - 60))
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

    /** A council-reporter works for the council named; other roles name no organisation. */
    private static String organisationOf(String role, String council) {
        return role.equals("council-reporter") ? council : null;
    }

    /** Why these arguments make no development token, or null when they do. */
    static String problem(String role, String council, String person) {
        if (!ROLES.contains(role)) {
            return "ROLE is one of " + String.join(", ", ROLES) + ", not " + role;
        }
        if (council != null && !council.matches(GSS)) {
            return "not a GSS code: " + council + " (e.g. E06000021)";
        }
        if (person != null && !person.matches(PERSON)) {
            return "--person takes lower-case letters, digits and '-' (up to 40), e.g. alex-smith; not " + person;
        }
        if (role.equals("council-reporter") && council == null) {
            return "council-reporter is a council's staff: give its GSS code, e.g. E08000007";
        }
        if (role.startsWith("dfe-") && council != null) {
            return role + " acts for every council: give no GSS code";
        }
        if (role.equals("commissioner") && council == null && person == null) {
            return "commissioner: give the council's GSS code (E06000021 or E06000035 are the seed Commissioner's), or --person NAME";
        }
        return null;
    }

    private static void check(String role, String council, String person) {
        String problem = problem(role, council, person);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static PrivateKey bundledKey() {
        return keyResource("dev-jwt/private.pem");
    }

    /**
     * A key no service trusts ({@code dev-jwt/foreign-private.pem}), for tokens that must be refused as
     * signed by another key: read, not generated, since a 2048-bit RSA key costs a test JVM (C1 only)
     * seconds on a busy machine.
     */
    public static PrivateKey foreignKey() {
        return keyResource("dev-jwt/foreign-private.pem");
    }

    private static PrivateKey keyResource(String name) {
        try (InputStream in = DevTokens.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
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
        String person = null;
        long ttl = 8 * 3600;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> keyPath = Path.of(args[++i]);
                case "--sub" -> subject = args[++i];
                case "--person" -> person = args[++i];
                case "--ttl" -> ttl = Long.parseLong(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (rest.isEmpty() || rest.size() > 2) {
            System.err.println("usage: token.sh ROLE [GSS_CODE] [--person NAME] [--sub SUBJECT] [--ttl SECONDS]   ROLE is one of "
                    + String.join(", ", ROLES));
            System.exit(2);
        }
        String role = rest.get(0);
        String council = rest.size() > 1 ? rest.get(1) : null;
        String problem = problem(role, council, person);
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
        }
        PrivateKey key = keyPath == null ? bundledKey() : parse(Files.readString(keyPath));
        System.out.println(token(subject == null ? subject(role, council, person) : subject, role, organisationOf(role, council), ttl, key));
    }
}

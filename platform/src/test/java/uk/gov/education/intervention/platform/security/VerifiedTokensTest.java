package uk.gov.education.intervention.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Real RS256 tokens checked by SmallRye JWT's own parser, counted, behind the cache. */
class VerifiedTokensTest {

    private static final String ISSUER = "https://issuer.test.invalid";

    /** The issuer's key, made once: a 2048-bit key takes a test JVM a second or more to make. */
    private static KeyPair keys;
    private int checks;
    private VerifiedTokens tokens;

    @BeforeAll
    static void issuersKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @BeforeEach
    void aParserOfItsOwn() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
        tokens = new VerifiedTokens();
        tokens.parser = new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                checks++;
                return super.parse(token);
            }
        };
    }

    private String token(long lifeSeconds) {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(ISSUER).subject("someone").groups(Set.of("dfe-analyst")).issuedAt(now).expiresAt(now + lifeSeconds)
                .sign(keys.getPrivate());
    }

    @Test
    void aTokenSentAgainIsNotCheckedAgainUntilItsExpiryOrFiveMinutes() throws Exception {
        String hour = token(3600);
        Instant now = Instant.now();
        JsonWebToken first = tokens.parse(hour, now);
        assertSame(first, tokens.parse(hour, now.plusSeconds(60)));
        assertEquals(1, checks);
        assertNotSame(first, tokens.parse(hour, now.plus(VerifiedTokens.KEPT_FOR).plusSeconds(1)));
        assertEquals(2, checks);

        String minute = token(60);
        tokens.parse(minute, now);
        tokens.parse(minute, now.plusSeconds(30));
        assertEquals(3, checks);
        // past its own exp the kept copy is not used: the parser decides again (here, at the real time, still valid)
        tokens.parse(minute, Instant.ofEpochSecond(tokens.parse(minute, now).getExpirationTime()));
        assertEquals(4, checks);
    }

    @Test
    void aTokenThatFailsIsNeverKeptAndAChangedTokenIsAnother() throws Exception {
        String expired = token(-600);
        assertThrows(ParseException.class, () -> tokens.parse(expired));
        assertThrows(ParseException.class, () -> tokens.parse(expired));
        assertEquals(2, checks);
        assertEquals(0, tokens.size());
        String good = token(3600);
        tokens.parse(good);
        // a character well inside the signature (the last one carries padding bits)
        int at = good.length() - 10;
        String tampered = good.substring(0, at) + (good.charAt(at) == 'A' ? 'B' : 'A') + good.substring(at + 1);
        assertThrows(ParseException.class, () -> tokens.parse(tampered));
        assertEquals(1, tokens.size());
    }
}

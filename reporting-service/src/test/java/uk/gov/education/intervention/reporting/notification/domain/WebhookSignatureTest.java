package uk.gov.education.intervention.reporting.notification.domain;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    @Test
    void theStandardWebhooksSpecificationsTestVectorIsReproduced() {
        // the vector the Standard Webhooks reference libraries test against
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void aSignatureIsTheHmacOfIdTimestampAndBodyKeyedWithTheSecretsDecodedBytes() throws Exception {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        String body = "{\"type\":\"submission.accepted\",\"data\":{\"councilGssCode\":\"E06000021\",\"title\":\"Décembre\"}}";

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("msg_1.1700000000." + body).getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, WebhookSignature.sign(secret, "msg_1", 1700000000L, body));
        assertNotEquals(expected, WebhookSignature.sign(secret, "msg_1", 1700000001L, body));
        assertNotEquals(expected, WebhookSignature.sign(WebhookSignature.newSecret(), "msg_1", 1700000000L, body));
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(a, b), "msg_2", 1L, "{}");
        assertEquals(WebhookSignature.sign(a, "msg_2", 1L, "{}") + " " + WebhookSignature.sign(b, "msg_2", 1L, "{}"), header);
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.sign("not-a-secret", "msg_2", 1L, "{}"));
    }
}

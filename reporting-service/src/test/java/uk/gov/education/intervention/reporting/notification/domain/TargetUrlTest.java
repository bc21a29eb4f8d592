package uk.gov.education.intervention.reporting.notification.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetUrlTest {

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAndNoCredentialsWithinTheLength() {
        assertDoesNotThrow(() -> TargetUrl.parse("https://hooks.example.gov.uk/intervention?x=1"));
        assertDoesNotThrow(() -> TargetUrl.parse("http://127.0.0.1:8080/hook"));
        for (String bad : List.of("ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)", "https:///nohost", "not a url",
                "https://user:pw@example.org/", "https://example.org/#f", "", "https://example.org/" + "a".repeat(2000))) {
            assertThrows(InvalidInput.class, () -> TargetUrl.parse(bad), bad);
        }
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() throws Exception {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
                "::1", "fd00::1", "fe80::1")) {
            List<InetAddress> addresses = List.of(InetAddress.getByName(a));
            assertNotNull(TargetUrl.refusal(addresses, false), a);
            assertNull(TargetUrl.refusal(addresses, true), a);
        }
        assertNull(TargetUrl.refusal(List.of(InetAddress.getByName("81.2.69.160")), false));
        assertNotNull(TargetUrl.refusal(List.of(InetAddress.getByName("81.2.69.160"), InetAddress.getByName("10.0.0.1")), false));
        assertNotNull(TargetUrl.refusal(List.of(), true));
    }
}

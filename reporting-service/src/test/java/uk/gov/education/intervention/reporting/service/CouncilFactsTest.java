package uk.gov.education.intervention.reporting.service;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CouncilFacts#stillAsRead}: true only for names that a lookup would give without asking councils-service. */
class CouncilFactsTest {

    private final Map<String, RemoteCouncil> held = new HashMap<>();

    private CouncilFacts facts(Duration ttl) {
        CouncilFacts f = new CouncilFacts();
        f.gateway = new CouncilsGateway() {
            @Override
            public List<RemoteCouncil> councils(List<String> gssCodes) {
                return gssCodes.stream().filter(held::containsKey).map(held::get).toList();
            }
        };
        ReportingConfig.Councils councils = () -> ttl;
        f.config = (ReportingConfig) Proxy.newProxyInstance(ReportingConfig.class.getClassLoader(), new Class<?>[] {ReportingConfig.class},
                (proxy, method, args) -> method.getName().equals("councils") ? councils : null);
        return f;
    }

    @Test
    void namesReadWithinTheirTimeAreStillAsRead() {
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null));
        CouncilFacts f = facts(Duration.ofMinutes(5));
        Map<String, RemoteCouncil> names = f.lookup(Set.of("E06000021", "E09999999")).councils();
        assertTrue(f.stillAsRead(Set.of("E06000021", "E09999999"), names), "a council held and one not held, both as read");
        assertFalse(f.stillAsRead(Set.of("E06000021"), Map.of("E06000021", new RemoteCouncil("E06000021", "Another name", null))),
                "names that differ from those read");
        assertFalse(f.stillAsRead(Set.of("E06000035"), Map.of()), "a council never read");
    }

    @Test
    void namesPastTheirTimeAreNotTakenAsRead() {
        held.put("E06000021", new RemoteCouncil("E06000021", "Stoke-on-Trent City Council", null));
        CouncilFacts f = facts(Duration.ZERO);
        Map<String, RemoteCouncil> names = f.lookup(Set.of("E06000021")).councils();
        assertFalse(f.stillAsRead(Set.of("E06000021"), names), "with no time to keep them, names must be asked for again");
    }
}

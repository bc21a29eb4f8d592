package uk.gov.education.intervention.contracts;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's committed contract against its last committed version: a breaking change must
 * be announced by a new major info.version. (That the committed contract is the one the service
 * serves is each service's own ContractTest.)
 */
class ContractCompatibilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"councils-service", "directions-service", "reporting-service"})
    void noUnannouncedBreakSinceTheLastCommittedContract(String service) throws Exception {
        Assumptions.assumeTrue(CommittedContracts.historyAvailable(),
                "git history is not available here, so there is no earlier contract to compare with");
        Optional<CommittedContracts.Baseline> baseline = CommittedContracts.baseline(service);
        if (baseline.isEmpty()) {
            System.out.println(service + ": no earlier committed contract differs from the current one; nothing to compare");
            return;
        }
        ContractCompatibility.Verdict v = ContractCompatibility.compare(baseline.get().contract(), CommittedContracts.current(service));
        System.out.println(service + ": compared with " + baseline.get().commit().substring(0, 12) + " (" + v.oldVersion() + " -> "
                + v.newVersion() + "): " + (v.breaks().isEmpty() ? "compatible" : "breaking " + v.breaks()));
        assertTrue(v.acceptable(), service + " breaks clients of its contract as last committed (" + baseline.get().commit()
                + ", version " + v.oldVersion() + ") without announcing it: " + v.breaks()
                + ". Restore compatibility, or raise info.version's major number (quarkus.smallrye-openapi.info-version) "
                + "and tell the API's users.");
    }

    private static String councils() throws Exception {
        return CommittedContracts.current("councils-service");
    }

    @Test
    void anUnchangedContractIsCompatible() throws Exception {
        assertTrue(ContractCompatibility.compare(councils(), councils()).breaks().isEmpty());
    }

    @Test
    void aRemovedOperationIsABreak() throws Exception {
        String contract = councils();
        String without = contract.replaceFirst("\"/v1/partnerships/\\{id}/history\"", "\"/v1/partnerships/{id}/past\"");
        ContractCompatibility.Verdict v = ContractCompatibility.compare(contract, without);
        assertFalse(v.breaks().isEmpty(), "removing GET /v1/partnerships/{id}/history must break");
        assertTrue(v.breaks().stream().anyMatch(b -> b.contains("/v1/partnerships/{id}/history")), v.breaks().toString());
        assertFalse(v.acceptable());
    }

    @Test
    void aBreakAnnouncedByANewMajorVersionIsAccepted() throws Exception {
        String contract = councils();
        String version = ContractCompatibility.infoVersion(contract);
        String nextMajor = (Integer.parseInt(version.split("\\.")[0]) + 1) + ".0.0";
        String without = contract.replaceFirst("\"/v1/partnerships/\\{id}/history\"", "\"/v1/partnerships/{id}/past\"")
                .replaceFirst("\"version\" : \"" + java.util.regex.Pattern.quote(version) + "\"", "\"version\" : \"" + nextMajor + "\"");
        ContractCompatibility.Verdict v = ContractCompatibility.compare(contract, without);
        assertFalse(v.breaks().isEmpty());
        assertTrue(v.announced(), v.oldVersion() + " -> " + v.newVersion());
        assertTrue(v.acceptable());
    }

    @Test
    void anAddedOptionalParameterIsNotABreak() throws Exception {
        String contract = councils();
        String grown = contract.replaceFirst("\"paths\" : \\{", "\"paths\" : {\n    \"/v1/extra\" : { \"get\" : { \"operationId\" : "
                + "\"getExtra\", \"responses\" : { \"200\" : { \"description\" : \"ok\" } } } },");
        assertFalse(grown.equals(contract), "the test must add an operation");
        assertTrue(ContractCompatibility.compare(contract, grown).breaks().isEmpty());
    }

    @Test
    void describingABodyTheOldContractLeftUndescribedIsNotABreak() throws Exception {
        String contract = councils();
        // the same contract, except that GET /v1/councils/{gss} once described no schema for its 200 body
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(contract);
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.at("/paths/~1v1~1councils~1{gss}/get/responses/200/content/application~1json"))
                .remove("schema");
        assertTrue(ContractCompatibility.compare(json.writeValueAsString(old), contract).breaks().isEmpty());
        // while changing the schema it described is still a break
        assertFalse(ContractCompatibility.compare(contract, json.writeValueAsString(old)).breaks().isEmpty(),
                "removing a described body must break");
    }
}

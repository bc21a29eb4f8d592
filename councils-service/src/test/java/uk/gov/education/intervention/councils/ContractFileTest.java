package uk.gov.education.intervention.councils;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.ContractFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract checks fail when they should: on a drifted contract and on an undocumented operation. */
class ContractFileTest {

    private static final String DOCUMENTED = """
            {"openapi":"3.1.0","info":{"title":"t","version":"1.0.0"},"paths":{"/v1/things":{"post":{
              "operationId":"createThing","summary":"Create a thing","description":"Creates one.",
              "requestBody":{"content":{"application/json":{"schema":{"type":"object","required":["name"],
                "properties":{"name":{"type":"string","examples":["a"]}}}}}},
              "responses":{"201":{"description":"Created","content":{"application/json":{"schema":{"type":"object"}}}},"400":{"description":"Bad","content":{"application/problem+json":{}}}}}}}}
            """;

    @Test
    void aDocumentedOperationPasses() {
        assertDoesNotThrow(() -> ContractFile.assertEveryOperationDocumented(DOCUMENTED));
    }

    @Test
    void anUndocumentedOperationIsNamedWithWhatItLacks() {
        String bare = DOCUMENTED.replace("\"description\":\"Creates one.\",", "").replace("\"examples\":[\"a\"]", "\"minLength\":1")
                .replace("application/problem+json", "application/json")
                .replace(",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\"}}}", "");
        AssertionError e = assertThrows(AssertionError.class, () -> ContractFile.assertEveryOperationDocumented(bare));
        assertTrue(e.getMessage().contains("POST /v1/things: no description"), e.getMessage());
        assertTrue(e.getMessage().contains("POST /v1/things: no example of its application/json request body"), e.getMessage());
        assertTrue(e.getMessage().contains("POST /v1/things: no 4xx response documented as application/problem+json"), e.getMessage());
        assertTrue(e.getMessage().contains("POST /v1/things: its 201 response does not describe its body"), e.getMessage());
    }

    @Test
    void aServedContractThatDiffersFromTheCommittedOneFails() throws Exception {
        String committed = Files.readString(ContractFile.LOCATION, StandardCharsets.UTF_8);
        String drifted = committed.replaceFirst("\"summary\" : \"[^\"]*\"", "\"summary\" : \"Something else\"");
        AssertionError e = assertThrows(AssertionError.class, () -> ContractFile.assertMatches(drifted, ContractFile.LOCATION));
        assertTrue(e.getMessage().contains("-Dcontract.update=true"), e.getMessage());
        assertDoesNotThrow(() -> ContractFile.assertMatches(committed, ContractFile.LOCATION));
    }
}

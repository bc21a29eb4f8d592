package uk.gov.education.intervention.devkit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access matrix of a service (see {@link AccessMatrix}): its committed contract's every operation
 * called as every caller, each answer as {@code src/test/resources/access-matrix.tsv} says. A
 * service's {@code @QuarkusTest} extends this class, naming the fixture of each row.
 */
public abstract class AccessMatrixTest {

    /** The callers of the columns (see {@link AccessMatrix#standardCallers}). */
    protected abstract Map<String, AccessMatrix.Caller> callers();

    /** The fixture of each row, by the row's key (e.g. {@code GET /v1/councils/{gss}}). */
    protected abstract Map<String, AccessMatrix.Fixture> fixtures();

    protected static String contract() throws IOException {
        return Files.readString(ContractFile.LOCATION, StandardCharsets.UTF_8);
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() throws IOException {
        String contract = contract();
        AccessMatrix.Table table = AccessMatrix.read(AccessMatrix.LOCATION.toAbsolutePath());
        AccessMatrix.assertMatrix(AccessMatrix.title(contract), contract, table, callers(), fixtures());
    }

    private static final Path FIXTURE_FILE = Path.of("fixture-matrix.tsv");
    private static final Set<String> FIXTURE_KEYS = Set.of("GET /v1/things", "GET /v1/things/{id}", "GET /v1/things/{id} [retired]",
            "POST /v1/gone", "DELETE /v1/old");

    /** A table made for the check: one row of the contract missing, one row the contract does not have. */
    private static AccessMatrix.Table fixtureTable() {
        return AccessMatrix.parse(FIXTURE_FILE, List.of(
                "method\tpath\tcase\tnone\tdfe-admin",
                "GET\t/v1/things\t-\t401\t2xx",
                "GET\t/v1/things/{id}\t-\t401\t2xx",
                "GET\t/v1/things/{id}\tretired\t401\t404",
                "POST\t/v1/gone\t-\t401\t2xx"));
    }

    private static Map<String, AccessMatrix.Caller> fixtureCallers() {
        Map<String, AccessMatrix.Caller> callers = new LinkedHashMap<>();
        callers.put("none", new AccessMatrix.Caller("none", null));
        callers.put("dfe-admin", new AccessMatrix.Caller("dfe-admin", "t"));
        return callers;
    }

    /** The check itself, on a contract and a table made for it: it names every missing or stale row. */
    @Test
    void theCheckNamesEveryMissingOrStaleRow() {
        AccessMatrix.Table table = fixtureTable();
        Set<AccessMatrix.Operation> contract = new LinkedHashSet<>(List.of(
                new AccessMatrix.Operation("GET", "/v1/things"),
                new AccessMatrix.Operation("GET", "/v1/things/{id}"),
                new AccessMatrix.Operation("PUT", "/v1/things/{id}")));
        List<String> mismatches = AccessMatrix.mismatches(contract, table, FIXTURE_KEYS, Set.of("none", "dfe-admin"));
        assertEquals(List.of(
                "PUT /v1/things/{id} is in the contract but has no row in fixture-matrix.tsv: add one with the answer each caller must get",
                "POST /v1/gone has a row in fixture-matrix.tsv but is not in the contract: remove the row",
                "DELETE /v1/old has a fixture but no row"), mismatches);
        assertTrue(AccessMatrix.mismatches(contract, table, FIXTURE_KEYS, Set.of("none", "dfe-admin", "dfe-analyst")).stream()
                .anyMatch(m -> m.contains("callers are [none, dfe-admin]")));
    }

    /** assertMatrix refuses to run a matrix that does not cover the contract, naming each operation. */
    @Test
    void theCheckRefusesAMatrixThatDoesNotCoverTheContract() {
        Map<String, AccessMatrix.Fixture> none = new LinkedHashMap<>();
        FIXTURE_KEYS.forEach(f -> none.put(f, c -> AccessMatrix.Call.of()));
        String uncovered = "{\"paths\":{\"/v1/things\":{\"get\":{}},\"/v1/things/{id}\":{\"get\":{},\"put\":{}}}}";
        AssertionError refused = assertThrows(AssertionError.class, () -> AccessMatrix.assertMatrix("fixture-service", uncovered,
                fixtureTable(), fixtureCallers(), none, AccessMatrix::send, false));
        assertTrue(refused.getMessage().contains("PUT /v1/things/{id} is in the contract but has no row"), refused.getMessage());
        assertTrue(refused.getMessage().contains("POST /v1/gone has a row in fixture-matrix.tsv but is not in the contract"),
                refused.getMessage());
    }

    /** Every differing cell is listed, not only the first. */
    @Test
    void theCheckNamesEveryDifferingCell() {
        String contractJson = "{\"paths\":{\"/v1/things\":{\"get\":{}},\"/v1/things/{id}\":{\"get\":{}}}}";
        AccessMatrix.Table covering = AccessMatrix.parse(FIXTURE_FILE, List.of(
                "method\tpath\tcase\tnone\tdfe-admin",
                "GET\t/v1/things\t-\t401\t2xx",
                "GET\t/v1/things/{id}\t-\t401\t2xx"));
        Map<String, AccessMatrix.Fixture> two = new LinkedHashMap<>();
        two.put("GET /v1/things", c -> AccessMatrix.Call.of());
        two.put("GET /v1/things/{id}", c -> AccessMatrix.Call.of().path("id", "1"));
        AssertionError differing = assertThrows(AssertionError.class, () -> AccessMatrix.assertMatrix("fixture-service", contractJson,
                covering, fixtureCallers(), two, (op, caller, call) -> new AccessMatrix.Answer(caller.token() == null ? 200 : 403,
                        caller.token() == null ? "application/json" : "application/problem+json", null, null, null), false));
        assertTrue(differing.getMessage().startsWith("4 of 4 cells of fixture-matrix.tsv differ"), differing.getMessage());
        for (String cell : List.of("GET /v1/things as none: expected 401, got 200", "GET /v1/things as dfe-admin: expected 2xx, got 403",
                "GET /v1/things/{id} as none: expected 401, got 200", "GET /v1/things/{id} as dfe-admin: expected 2xx, got 403")) {
            assertTrue(differing.getMessage().contains(cell), differing.getMessage());
        }
    }

    /** A cell differs on the status, or on a refusal that is not a problem. */
    @Test
    void aCellDiffersOnTheStatusOrOnARefusalThatIsNotAProblem() {
        assertNull(AccessMatrix.differs("2xx", new AccessMatrix.Answer(201, "application/json", null, null, null)));
        assertNull(AccessMatrix.differs("403", new AccessMatrix.Answer(403, "application/problem+json", "t", "council-access", "d")));
        assertEquals("expected 403, got 200", AccessMatrix.differs("403", new AccessMatrix.Answer(200, "application/json", null, null, null)));
        assertEquals("expected 2xx, got 403 forbidden rule council-access (no standing)", AccessMatrix.differs("2xx",
                new AccessMatrix.Answer(403, "application/problem+json", "urn:problem-type:intervention:forbidden", "council-access", "no standing")));
        assertEquals("expected a 401 problem, got 401 as text/plain",
                AccessMatrix.differs("401", new AccessMatrix.Answer(401, "text/plain", null, null, null)));
    }

    /** An unreadable table names each fault with its line. */
    @Test
    void anUnreadableTableNamesEachFaultWithItsLine() {
        AssertionError unreadable = assertThrows(AssertionError.class, () -> AccessMatrix.parse(FIXTURE_FILE, List.of(
                "method\tpath\tcase\tnone\tdfe-admin",
                "GET\t/v1/things\t-\t401",
                "GET\t/v1/things/{id}\t-\t401\tyes")));
        assertTrue(unreadable.getMessage().contains("fixture-matrix.tsv:2: 4 columns, the header has 5"), unreadable.getMessage());
        assertTrue(unreadable.getMessage().contains("fixture-matrix.tsv:3: dfe-admin is 'yes', not 2xx or a status"), unreadable.getMessage());
    }
}

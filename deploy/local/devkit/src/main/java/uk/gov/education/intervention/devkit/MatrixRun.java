package uk.gov.education.intervention.devkit;

import uk.gov.education.intervention.devkit.AccessMatrix.Answer;
import uk.gov.education.intervention.devkit.AccessMatrix.Call;
import uk.gov.education.intervention.devkit.AccessMatrix.Caller;
import uk.gov.education.intervention.devkit.AccessMatrix.Fixture;
import uk.gov.education.intervention.devkit.AccessMatrix.Row;
import uk.gov.education.intervention.devkit.AccessMatrix.Sender;
import uk.gov.education.intervention.devkit.AccessMatrix.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One pass of an {@link AccessMatrix}: every cell called, what differs kept, and where the time went. */
final class MatrixRun {

    private final Table table;
    private final Map<String, Caller> callers;
    private final Map<String, Fixture> fixtures;
    private final Sender sender;
    private final List<String> differences = new ArrayList<>();
    private final Map<String, Long> byCaller = new LinkedHashMap<>();
    private int cells;
    private long preparing;
    private long calling;
    private long millis;

    MatrixRun(Table table, Map<String, Caller> callers, Map<String, Fixture> fixtures, Sender sender) {
        this.table = table;
        this.callers = callers;
        this.fixtures = fixtures;
        this.sender = sender;
    }

    void callEveryCell() {
        long started = System.nanoTime();
        for (Map.Entry<Row, List<String>> row : table.cells().entrySet()) {
            Fixture fixture = fixtures.get(row.getKey().key());
            for (int i = 0; i < table.callers().size(); i++) {
                call(row.getKey(), fixture, callers.get(table.callers().get(i)), row.getValue().get(i));
                cells++;
            }
        }
        millis = (System.nanoTime() - started) / 1_000_000;
    }

    private void call(Row row, Fixture fixture, Caller caller, String expected) {
        Answer answer;
        try {
            long before = System.nanoTime();
            Call call = fixture.prepare(caller);
            long prepared = System.nanoTime();
            answer = sender.send(row.operation(), caller, call);
            preparing += prepared - before;
            calling += System.nanoTime() - prepared;
            byCaller.merge(caller.name(), (System.nanoTime() - prepared) / 1_000_000, Long::sum);
        } catch (RuntimeException | AssertionError e) {
            differences.add(row.key() + " as " + caller.name() + ": the fixture failed: " + e);
            return;
        }
        if (answer.status() / 100 == 2) {
            AccessMatrix.SUCCESSES.incrementAndGet();
        }
        String why = AccessMatrix.differs(expected, answer);
        if (why != null) {
            differences.add(row.key() + " as " + caller.name() + ": " + why);
        }
    }

    void printSummary(String service, int operations) {
        System.out.printf("Access matrix of %s: %d operations (%d rows) x %d callers = %d cells asserted, %d differ "
                        + "(%d ms: %d preparing records, %d calling)%n", service, operations, table.cells().size(), table.callers().size(),
                cells, differences.size(), millis, preparing / 1_000_000, calling / 1_000_000);
        System.out.println("  calling, by caller (ms): " + byCaller);
    }

    void assertNoDifference(String service) {
        if (!differences.isEmpty()) {
            throw new AssertionError(differences.size() + " of " + cells + " cells of " + table.file() + " differ from what " + service
                    + " answers:\n  " + String.join("\n  ", differences));
        }
    }
}

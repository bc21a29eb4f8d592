package uk.gov.education.intervention.devkit;

import uk.gov.education.intervention.devkit.AccessMatrix.Operation;
import uk.gov.education.intervention.devkit.AccessMatrix.Row;
import uk.gov.education.intervention.devkit.AccessMatrix.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reading an {@link AccessMatrix}'s table, and matching it with the contract and the fixtures. */
final class MatrixTables {

    private MatrixTables() {
    }

    static Table parse(Path file, List<String> lines) {
        List<String> faults = new ArrayList<>();
        List<String> header = null;
        Map<Row, List<String>> cells = new LinkedHashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t", -1)) {
                fields.add(f.trim());
            }
            if (header == null) {
                header = fields;
                if (header.size() < 4 || !header.subList(0, 3).equals(List.of("method", "path", "case"))) {
                    throw new AssertionError(file + ":" + n + ": the header is method, path, case, then one column per caller; not " + line);
                }
                continue;
            }
            addRow(file + ":" + n, header, fields, cells, faults);
        }
        if (header == null) {
            faults.add(file + ": empty");
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("The access matrix cannot be read:\n  " + String.join("\n  ", faults));
        }
        return new Table(file, List.copyOf(header.subList(3, header.size())), cells);
    }

    private static void addRow(String where, List<String> header, List<String> fields, Map<Row, List<String>> cells, List<String> faults) {
        if (fields.size() != header.size()) {
            faults.add(where + ": " + fields.size() + " columns, the header has " + header.size());
            return;
        }
        Row row = new Row(new Operation(fields.get(0), fields.get(1)), fields.get(2).isEmpty() ? AccessMatrix.ORDINARY : fields.get(2));
        List<String> values = fields.subList(3, fields.size());
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).matches("2xx|[1-5]\\d\\d")) {
                faults.add(where + ": " + header.get(i + 3) + " is '" + values.get(i) + "', not 2xx or a status");
            }
        }
        if (cells.put(row, List.copyOf(values)) != null) {
            faults.add(where + ": a second row for " + row.key());
        }
    }

    static List<String> mismatches(Set<Operation> contract, Table table, Set<String> fixtures, Set<String> callers) {
        List<String> out = new ArrayList<>();
        Set<Operation> rows = new LinkedHashSet<>();
        table.cells().keySet().forEach(r -> rows.add(r.operation()));
        for (Operation op : contract) {
            if (!rows.contains(op)) {
                out.add(op + " is in the contract but has no row in " + table.file() + ": add one with the answer each caller must get");
            }
        }
        for (Operation op : rows) {
            if (!contract.contains(op)) {
                out.add(op + " has a row in " + table.file() + " but is not in the contract: remove the row");
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        table.cells().keySet().forEach(r -> keys.add(r.key()));
        for (String key : keys) {
            if (!fixtures.contains(key)) {
                out.add(key + " has a row but no fixture to prepare its request");
            }
        }
        for (String key : new TreeSet<>(fixtures)) {
            if (!keys.contains(key)) {
                out.add(key + " has a fixture but no row");
            }
        }
        if (!new TreeSet<>(table.callers()).equals(new TreeSet<>(callers))) {
            out.add(table.file() + "'s callers are " + table.callers() + ", not " + callers);
        }
        return out;
    }
}

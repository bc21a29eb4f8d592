package uk.gov.education.intervention.devkit;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of the service under test's database, read over JDBC with its own datasource settings. */
final class DatabaseRows {

    private DatabaseRows() {
    }

    /** The number of rows of every table of the service's database. */
    static Map<String, Long> everyTable() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_schema, table_name from information_schema.tables "
                    + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        assertTrue(counts.size() > 1, "no tables found: " + counts);
        return counts;
    }
}

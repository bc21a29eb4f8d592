package uk.gov.education.intervention.reporting.aggregate.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reporting's database snapshot ({@code pg_current_snapshot()} as text: xmin, xmax and the transactions in progress).
 * Two equal readings mean no transaction that wrote anything ended between them, so what was read from reporting's
 * data after the first is what it holds at the second.
 */
@ApplicationScoped
public class DataSnapshots {

    @Inject
    DataSource db;

    public String current() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_current_snapshot()::text")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reporting's database snapshot", e);
        }
    }
}

package uk.gov.education.intervention.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a request meets when its service loses the database (PostgreSQL restarted, failed over or
 * out of reach) is a 503 to retry, however the failure reaches the problem mapper: from a statement,
 * from taking a connection, or from a commit, where the transaction manager keeps the database's
 * error as a suppressed exception of its own.
 */
class DatabaseProblemsTest {

    private static HttpProblem shaped(Throwable cause) {
        HttpProblem internal = HttpProblem.builder().withStatus(500).withTitle("Internal Server Error").build();
        return new ProblemShape().apply(internal, ProblemContext.of(cause, "/v1/submissions"));
    }

    private static void isDatabaseUnavailable(Throwable cause) {
        HttpProblem p = shaped(cause);
        assertEquals(503, p.getStatusCode(), String.valueOf(p.getType()));
        assertEquals(Problems.type("database-unavailable"), p.getType());
        assertEquals("5", String.valueOf(p.getHeaders().get("Retry-After")));
    }

    @Test
    void aConnectionRefusedOrCutIs503() {
        isDatabaseUnavailable(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));
        isDatabaseUnavailable(new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        isDatabaseUnavailable(new RuntimeException(new SQLException("FATAL: the database system is starting up", "57P03")));
    }

    @Test
    void aCommitCutOffByAShutdownIs503() {
        // as Narayana reports it: "Could not commit transaction", the database's error suppressed under it
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException(new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        isDatabaseUnavailable(new IllegalStateException(rollback));
    }

    @Test
    void otherFailuresStay500() {
        assertEquals(500, shaped(new IllegalStateException("a bug")).getStatusCode());
        assertEquals(500, shaped(new RuntimeException(new SQLException("syntax error", "42601"))).getStatusCode());
    }
}

package uk.gov.education.intervention.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.Arrays;

import static uk.gov.education.intervention.platform.problem.ProblemShape.find;

/** The database failures that {@link ProblemShape} answers as the client's problem rather than a 500. */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /**
     * What the database refused, as the client's problem rather than a 500: two requests that wrote
     * the same record at the same moment (the loser's transaction is rolled back: 409, read and try
     * again), a value PostgreSQL cannot store (a NUL character, a date beyond its range: 400), and a
     * database that cannot be reached or is shutting down or starting (503, try again shortly). A NUL
     * in a body or query, and a date out of the suite's range, are refused before any work (JsonBounds,
     * QueryBounds); this is the last line, for a value that reaches the database some other way.
     */
    static HttpProblem fromDatabase(Throwable cause, URI instance) {
        boolean concurrent = find(cause, jakarta.persistence.OptimisticLockException.class) != null
                || find(cause, org.hibernate.StaleStateException.class) != null;
        java.sql.SQLException sql = find(cause, java.sql.SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (databaseUnreachable(cause)) {
            return HttpProblem.builder()
                    .withType(Problems.type("database-unavailable"))
                    .withStatus(503)
                    .withTitle("The database is unavailable")
                    .withDetail("The service cannot reach its database just now. Try again shortly. If this was a change, read "
                            + "the record before you repeat it (or repeat a submission with the same Idempotency-Key): a change "
                            + "cut off while it was being committed may have been stored.")
                    .withHeader("Retry-After", "5")
                    .withInstance(instance).build();
        }
        if (concurrent || state.equals("23505") || state.equals("23P01") || state.equals("40001") || state.equals("40P01")) {
            return HttpProblem.builder(Problems.conflict("concurrent-change",
                            "Another request changed the same record at the same moment, so nothing of yours was stored. "
                                    + "Read the record again, then repeat your change if it still applies."))
                    .withInstance(instance).build();
        }
        if (state.startsWith("22")) {
            return HttpProblem.builder(Problems.badRequest("unstorable-value",
                            "A value in the request cannot be stored (for example a NUL character in a text, or a date outside "
                                    + "the years 4713 BC to AD 294276). Nothing was stored."))
                    .withInstance(instance).build();
        }
        return null;
    }

    /**
     * Whether the database could not be reached, or was shutting down, crashed or starting: a
     * connection exception (SQL state class 08, or Hibernate's JDBCConnectionException) or 57P01 to
     * 57P03, anywhere among the causes, including those the transaction manager keeps as suppressed
     * exceptions when a commit fails.
     */
    private static boolean databaseUnreachable(Throwable cause) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.add(cause);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }
}

package uk.gov.education.intervention.reporting.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.regex.Pattern;

/**
 * The business counter {@code reporting_submissions_received_total}: versions of submissions stored,
 * by duty kind, version (first or resubmission) and the submitter's role. {@link SubmissionService}
 * fires a {@link Stored} event in the transaction that stores a version; it is counted when, and only
 * if, that transaction commits, so a push refused or rolled back after the version was built is not
 * counted. Every label has a small, fixed set of values: no council, person or identifier.
 */
@ApplicationScoped
public class SubmissionMetrics {

    public static final String RECEIVED = "reporting.submissions.received";
    /** The label of a report that answers no duty. */
    public static final String AD_HOC = "AD_HOC";
    /** The label of a duty kind that does not look like one (directions-service's kinds are upper-case names). */
    public static final String OTHER = "OTHER";
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** A version of a submission, stored in the current transaction. */
    public record Stored(String kind, boolean first, String role) {
    }

    @Inject
    MeterRegistry registry;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Stored stored) {
        Counter.builder(RECEIVED)
                .description("Versions of submissions stored (a first submission, or a resubmission adding a version)")
                .tag("kind", kind(stored.kind()))
                .tag("version", stored.first() ? "first" : "resubmission")
                .tag("role", stored.role())
                .register(registry)
                .increment();
    }

    /** A duty kind as a label value: directions-service's kinds are a short enumeration; anything else is OTHER. */
    public static String kind(String kind) {
        if (kind == null) {
            return AD_HOC;
        }
        return KIND.matcher(kind).matches() ? kind : OTHER;
    }
}

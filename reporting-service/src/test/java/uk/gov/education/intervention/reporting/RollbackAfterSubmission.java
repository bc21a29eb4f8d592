package uk.gov.education.intervention.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionEvent;

/**
 * Makes a write fail after its events were observed (so after the outbox row was written), for a report
 * with {@link #TITLE}: the transaction rolls back, and the outbox row with it. Observes after the outbox.
 */
@ApplicationScoped
public class RollbackAfterSubmission {

    static final String TITLE = "A report whose transaction fails after its events";

    void fail(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) SubmissionEvent e) {
        if (TITLE.equals(e.submission().title)) {
            throw new IllegalStateException("the write fails after its events were observed");
        }
    }
}

package uk.gov.education.intervention.directions.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import uk.gov.education.intervention.directions.client.CouncilDirectory;
import uk.gov.education.intervention.directions.client.UnknownCouncilException;
import uk.gov.education.intervention.directions.domain.Council;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.downstream.DownstreamHttpException;

/**
 * Confirms with councils-service that a council exists, as problems a client can act on: an
 * unknown council is 422; a councils-service that cannot answer is 503 dependency-unavailable.
 */
@ApplicationScoped
public class CouncilCheck {

    @Inject
    CouncilDirectory directory;

    public Council require(String gssCode) {
        try {
            var record = directory.find(gssCode);
            return new Council(record.gssCode(), record.name());
        } catch (UnknownCouncilException e) {
            throw new RuleViolation("unknown-council", "Unknown council",
                    "councils-service holds no council " + gssCode + "; a direction is issued only to a council it records. "
                            + "Record the council there first, or correct the draft's councilGssCode by drafting anew.");
        } catch (RuntimeException e) {
            Log.warnf("councils-service could not confirm council %s: %s", gssCode, e.toString());
            throw new DependencyUnavailable("councils-service", "councils-service " + why(e) + ", so council " + gssCode
                    + " could not be confirmed. Nothing was changed; try again later.");
        }
    }

    private static String why(RuntimeException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return "has been failing and is not being called for a while";
        }
        if (e instanceof TimeoutException) {
            return "did not answer in time";
        }
        if (e instanceof DownstreamHttpException s) {
            return "answered with HTTP " + s.status();
        }
        return "could not be reached";
    }
}

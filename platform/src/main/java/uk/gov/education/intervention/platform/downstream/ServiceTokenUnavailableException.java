package uk.gov.education.intervention.platform.downstream;

/**
 * This service could not get a token for its calls (the identity provider refused or did not
 * answer). The call is not made; it is neither retried nor counted against the other service's
 * circuit breaker, since that service is not at fault.
 */
public class ServiceTokenUnavailableException extends RuntimeException {

    public ServiceTokenUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

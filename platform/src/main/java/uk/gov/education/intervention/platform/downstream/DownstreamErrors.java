package uk.gov.education.intervention.platform.downstream;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns the error statuses of another service into exceptions the guards tell apart: a 4xx is
 * {@link DownstreamRejectedException}, anything else {@link DownstreamFailedException}. Register it
 * on a REST client with {@code @RegisterProvider(DownstreamErrors.class)}.
 */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        return forStatus(response.getStatus());
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    public static DownstreamHttpException forStatus(int status) {
        if (status >= 400 && status < 500) {
            return new DownstreamRejectedException(status, "refused with HTTP " + status);
        }
        return new DownstreamFailedException(status, "failed with HTTP " + status);
    }
}

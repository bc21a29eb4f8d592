package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.education.intervention.platform.problem.Problems;

/**
 * Refuses JSON bodies over the API's limit with a 413 problem before they are read. (The HTTP
 * layer's own, larger limit still caps every upload.)
 */
public class BodySizeFilter {

    @ConfigProperty(name = "suite.api.max-json-body-bytes", defaultValue = "262144")
    long maxJsonBodyBytes;

    @ServerRequestFilter(preMatching = true)
    public Response limitJsonBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (length == null || type == null || !type.toLowerCase().contains("json")) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (bytes <= maxJsonBodyBytes) {
            return null;
        }
        return Problems.of(413, "body-too-large", "Request body too large",
                "The JSON body is " + bytes + " bytes; the limit is " + maxJsonBodyBytes + " bytes.").toResponse();
    }
}

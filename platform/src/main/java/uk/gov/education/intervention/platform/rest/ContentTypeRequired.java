package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that sends a body must say what it is: without a {@code Content-Type} the framework
 * would read it as whatever the operation takes, so a client that forgot the header would work
 * until the day the operation takes a second type. Refused as 415, in the words of platform
 * FrameworkProblems ("The request has no Content-Type header; send Content-Type: ...").
 */
@Provider
public class ContentTypeRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if ((type == null || type.isBlank()) && hasBody(request)) {
            throw new NotSupportedException();
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}

package uk.gov.education.intervention.reporting.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Submissions and their attachments are reports about children's services, some of them not yet
 * accepted: no cache (a browser's, a proxy's) may keep a copy of any answer about them.
 */
public class NoStore {

    static final String SUBMISSIONS = "/v1/submissions";

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.equals(SUBMISSIONS) || path.startsWith(SUBMISSIONS + "/")) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}

package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/**
 * Every page of a list that has a following one also says where it is as an RFC 8288 link,
 * {@code Link: </v1/councils?limit=50&cursor=...>; rel="next"}: the request's own path and query with
 * the cursor replaced, relative to the host, so that it holds behind a proxy that rewrites the host.
 * Clients that follow links need not know the cursor parameter; the body's {@code next} stays.
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        if (response.getStatus() != 200 || !(response.getEntity() instanceof Paged page) || page.next() == null) {
            return;
        }
        response.getHeaders().add("Link", "<" + next(request.getUriInfo().getRequestUri(), page.next()) + ">; rel=\"next\"");
    }

    static String next(URI request, String cursor) {
        URI next = UriBuilder.fromUri(request).replaceQueryParam("cursor", cursor).build();
        return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }
}

package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * Responses that carry a record's ETag. Typed, so that the OpenAPI contract describes the body of
 * each operation that returns one.
 */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(Versioned<T> v) {
        return RestResponse.ResponseBuilder.ok(v.body()).header(HttpHeaders.ETAG, v.etag()).build();
    }

    public static <T> RestResponse<T> created(URI location, Versioned<T> v) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(v.body()).header(HttpHeaders.ETAG, v.etag()).build();
    }
}

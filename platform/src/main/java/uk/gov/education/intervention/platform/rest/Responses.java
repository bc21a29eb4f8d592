package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Responses that carry a record's ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Versioned<?> v) {
        return Response.ok(v.body()).header(HttpHeaders.ETAG, v.etag()).build();
    }

    public static Response created(URI location, Versioned<?> v) {
        return Response.created(location).entity(v.body()).header(HttpHeaders.ETAG, v.etag()).build();
    }
}

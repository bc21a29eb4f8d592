package uk.gov.education.intervention.platform.downstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Adds this service's own bearer token to every call it makes to the other services. */
@ApplicationScoped
public class ServiceCredentials implements ClientHeadersFactory {

    @Inject
    ServiceTokenProvider tokens;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        tokens.token().ifPresent(t -> headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + t));
        return headers;
    }
}

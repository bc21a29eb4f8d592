package uk.gov.education.intervention.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Every successful read carries an ETag, and a read that names it in {@code If-None-Match} is
 * answered 304 with no body (RFC 9110 13.1.2). A record's ETag is its version ({@link Responses});
 * any other answer (a list, a page, an aggregate, a calendar) gets a strong tag made from a hash of
 * its body, since the same bytes are written for the same data. The 304 keeps every other header of
 * the answer it stands for ({@code Cache-Control}, {@code Vary}, {@code Link}), so that a rule such as
 * {@code no-store} still holds. Runs after the resource's own filters (lowest priority value last).
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR - 1)
public class ConditionalGet implements ContainerResponseFilter {

    @Inject
    ObjectMapper json;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            etag = hashTag(response, onlyProduced(request));
            if (etag == null) {
                return;
            }
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        if (ETags.noneMatchNames(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setEntity(null);
            response.setStatus(304);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /**
     * A strong tag over the body's bytes, or null for a body that is not text or JSON (a stream is never hashed).
     * A JSON body is serialised once, here, and those very bytes become the entity that is written: the
     * tag is the hash of what the client receives, and the answer is not serialised a second time.
     */
    String hashTag(ContainerResponseContext response, MediaType produced) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType() != null ? response.getMediaType() : produced;
        byte[] bytes;
        if (entity instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (entity instanceof byte[] raw) {
            bytes = raw;
        } else if (entity != null && (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            try {
                bytes = json.writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                return null;
            }
            if (type != null) {
                response.setEntity(bytes, response.getEntityAnnotations(), type);
            }
        } else {
            return null;
        }
        return tag(bytes, type);
    }

    /**
     * The one media type the resource method produces, if it declares exactly one: the type its answer will be written
     * as. An answer returned as an object has no type yet when this filter runs; knowing it lets the bytes hashed here
     * be the bytes written, instead of serialising the answer a second time.
     */
    static MediaType onlyProduced(ContainerRequestContext request) {
        if (request instanceof ResteasyReactiveContainerRequestContext rr
                && rr.getServerRequestContext() instanceof ResteasyReactiveRequestContext ctx
                && ctx.getTarget() != null && ctx.getTarget().getProduces() != null) {
            MediaType[] types = ctx.getTarget().getProduces().getSortedMediaTypes();
            return types.length == 1 && !types[0].isWildcardType() && !types[0].isWildcardSubtype() ? types[0] : null;
        }
        return null;
    }

    /** The strong tag of a body of this type: what this filter sets on an answer that has none. */
    public static String tag(byte[] body, MediaType type) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (type != null) {
                // a CSV and a JSON answer of the same data are different representations
                sha.update((type.getType() + "/" + type.getSubtype() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            byte[] hash = sha.digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}

package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The lifecycle headers of an operation marked {@link Retiring}, on every answer it gives. */
public class RetiringHeaders {

    /** IMF-fixdate (RFC 9110 5.6.7): a two-digit day, English names, always GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    @ServerResponseFilter
    public void announce(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Retiring retiring = method.getAnnotation(Retiring.class);
        if (retiring == null) {
            retiring = resource.getResourceClass().getAnnotation(Retiring.class);
        }
        if (retiring != null) {
            add(response.getHeaders(), retiring);
        }
    }

    static void add(MultivaluedMap<String, Object> headers, Retiring retiring) {
        headers.putSingle("Deprecation", deprecation(LocalDate.parse(retiring.deprecatedOn())));
        headers.putSingle("Sunset", sunset(LocalDate.parse(retiring.sunsetOn())));
        if (!retiring.successor().isEmpty()) {
            headers.add("Link", "<" + retiring.successor() + ">; rel=\"successor-version\"");
        }
    }

    /** An RFC 9651 date item: {@code @} and the seconds since the epoch. */
    static String deprecation(LocalDate day) {
        return "@" + day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    static String sunset(LocalDate day) {
        return HTTP_DATE.format(day.atStartOfDay(ZoneOffset.UTC));
    }
}

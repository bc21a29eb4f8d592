package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Bounds every query parameter before a resource sees it: at most {@link Bounds#MAX_QUERY_VALUES}
 * values of one parameter and {@link Bounds#MAX_QUERY_VALUE_LENGTH} characters a value. Each
 * resource may bound its own parameters more tightly (a GSS code, a page size). No name or value may
 * hold a NUL character ({@link Bounds#hasNul}), whether or not the operation reads the parameter.
 */
public class QueryBounds {

    @ServerRequestFilter(preMatching = true)
    public void bound(ContainerRequestContext request) {
        Map<String, List<String>> query;
        try {
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw new StrictQueryParameters.InvalidParameter("", "The query string is not validly percent-encoded (RFC 3986).");
        }
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (Bounds.hasNul(p.getKey())) {
                throw new StrictQueryParameters.InvalidParameter("", "A query parameter's name " + Bounds.NUL_MESSAGE + ".");
            }
            List<String> values = p.getValue();
            if (values.size() > Bounds.MAX_QUERY_VALUES) {
                throw new StrictQueryParameters.InvalidParameter(p.getKey(),
                        "is given " + values.size() + " times; at most " + Bounds.MAX_QUERY_VALUES + " values are accepted");
            }
            for (String v : values) {
                if (v != null && v.length() > Bounds.MAX_QUERY_VALUE_LENGTH) {
                    throw new StrictQueryParameters.InvalidParameter(p.getKey(),
                            "is " + v.length() + " characters long; at most " + Bounds.MAX_QUERY_VALUE_LENGTH + " are accepted");
                }
                if (Bounds.hasNul(v)) {
                    throw new StrictQueryParameters.InvalidParameter(p.getKey(), Bounds.NUL_MESSAGE);
                }
            }
        }
    }
}

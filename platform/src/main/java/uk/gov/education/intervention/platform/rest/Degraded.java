package uk.gov.education.intervention.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The header that says an answer is degraded: a dependency could not be reached and some data are
 * missing or from a kept copy. A JSON body says so in {@code degraded} and {@code missing}; a CSV file
 * or an iCalendar feed has nowhere to say it, so every degraded answer also carries
 * {@code Degraded}, a structured-field list of strings (RFC 9651) with the body's {@code missing}
 * entries, and {@code Cache-Control: no-store}, so that no cache keeps the incomplete copy. A whole
 * answer has neither header.
 */
public final class Degraded {

    public static final String HEADER = "Degraded";
    /** The header as the contracts describe it. */
    public static final String DESCRIPTION = "Only on a degraded answer (a dependency could not be reached): what is missing "
            + "or from a kept copy, as a list of quoted strings (RFC 9651), e.g. \"councils-service is unavailable: council names are as last read\". "
            + "Such an answer is also Cache-Control: no-store.";

    private Degraded() {
    }

    /** Adds the headers when {@code missing} names anything. */
    public static Response.ResponseBuilder mark(Response.ResponseBuilder response, List<String> missing) {
        if (missing == null || missing.isEmpty()) {
            return response;
        }
        return response.header(HEADER, value(missing)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * The entries as sf-strings: printable ASCII only, so any other character becomes {@code ?}, and
     * a quote or backslash is escaped.
     */
    static String value(List<String> missing) {
        StringBuilder out = new StringBuilder();
        for (String entry : missing) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append('"');
            for (char c : entry.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append('?');
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
        return out.toString();
    }
}

package uk.gov.education.intervention.reporting.rest;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** The {@code Warning} header of a degraded answer (code 199, 'miscellaneous warning'). */
public final class Warnings {

    public static final String HEADER = "Warning";

    private Warnings() {
    }

    public static Response.ResponseBuilder add(Response.ResponseBuilder b, boolean degraded, List<String> missing) {
        if (degraded) {
            String text = String.join("; ", missing).replace("\"", "'");
            b.header(HEADER, "199 reporting-service \"Degraded: " + text + "\"");
        }
        return b;
    }
}

package uk.gov.education.intervention.councils.lifecycle;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.education.intervention.platform.rest.Retiring;

import java.util.Map;

/**
 * An operation on its way out and its successor, for {@link RetiringTest} only: no operation of the
 * API is being retired yet, so the platform's lifecycle headers are proved on this one. It exists only
 * in the test build that sets {@code suite.test.retiring-probe}, so the served contract is untouched.
 */
@Path("/v1/retiring-probe")
@IfBuildProperty(name = "suite.test.retiring-probe", stringValue = "true")
@RolesAllowed("dfe-analyst")
@Produces(MediaType.APPLICATION_JSON)
public class RetiringProbeResource {

    @GET
    @Path("/old")
    @Deprecated
    @Retiring(deprecatedOn = "2026-07-01", sunsetOn = "2027-01-03", successor = "/v1/retiring-probe/new")
    public Map<String, String> old() {
        return Map.of("answer", "as before until the sunset");
    }

    @GET
    @Path("/new")
    public Map<String, String> successor() {
        return Map.of("answer", "the successor");
    }
}

package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.councils.service.RoleHoldingsService;
import uk.gov.education.intervention.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/v1/role-holdings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST})
public class RoleHoldingsResource {

    private static final String EXAMPLE = "{\"on\":\"2020-02-10\",\"councilGssCode\":\"E06000021\","
            + "\"organisation\":{\"id\":\"b0000000-0000-4000-8000-000000000007\",\"name\":\"Stockport Metropolitan Borough Council\","
            + "\"councilGssCode\":\"E08000007\"},\"holdings\":[{\"councilGssCode\":\"E06000021\",\"roleCode\":\"PARTNER_IN_PRACTICE\","
            + "\"roleName\":\"Partner in Practice\",\"heldBy\":\"ORGANISATION\",\"appointmentId\":\"d0000000-0000-4000-8000-000000000004\","
            + "\"startsOn\":\"2019-10-31\"}],\"filledRoles\":[\"CHILDRENS_SERVICES_COMMISSIONER\",\"PARTNER_IN_PRACTICE\"]}";

    @Inject
    RoleHoldingsService holdings;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Roles held by a person or organisation on a date",
            description = "In one call: the appointments in force on the date held by the person a token identity (issuer and subject) "
                    + "is linked to and by an organisation (the local authority of a council, or any organisation by its id), for one "
                    + "council or every council, and (with a council) which of its roles anyone holds. An identity linked to nobody, or "
                    + "an organisation not recorded, holds nothing. Department roles only (reporting-service asks with its own token).")
    @APIResponse(responseCode = "200", description = "What they hold.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoleHoldingsView.class), examples = @ExampleObject(name = "stockport", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The council is not recorded.")
    public RoleHoldingsView listRoleHoldings(
            @Parameter(description = "Token issuer (`iss`), with `subject`.", example = "https://dev-only.intervention.invalid")
            @QueryParam("issuer") @Size(max = 300) String issuer,
            @Parameter(description = "Token subject (`sub`), with `issuer`.", example = "dev-commissioner.E06000021@example.invalid")
            @QueryParam("subject") @Size(max = 300) String subject,
            @Parameter(description = "An organisation by its council: that council's local authority, e.g. E08000007.")
            @QueryParam("organisationGssCode") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String organisationGssCode,
            @Parameter(description = "An organisation by its id.") @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "Only roles held for this council (and roles held for no council), e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "The date, e.g. 2020-02-10 (default: today).") @QueryParam("on") LocalDate on) {
        return RoleHoldingsMapper.view(holdings.holdings(new RoleHoldingsService.Query(blankToNull(issuer), blankToNull(subject), organisationGssCode,
                organisationId, council, on != null ? on : LocalDate.now(clock))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

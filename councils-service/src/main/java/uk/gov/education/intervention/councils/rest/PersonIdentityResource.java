package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.councils.domain.PersonIdentity;
import uk.gov.education.intervention.councils.service.IdentityService;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/v1/people/{personId}/identities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST})
public class PersonIdentityResource {

    private static final String EXAMPLE = "{\"issuer\":\"https://login.education.gov.uk/\","
            + "\"subject\":\"6f1c2a9e-3d4b-4c5d-8e7f-0a1b2c3d4e5f\",\"notes\":\"Appointed DCS; account created by the Department\"}";

    @Inject
    IdentityService identities;

    @GET
    @Operation(summary = "List a person's token identities",
            description = "The issuer and subject pairs the person signs in with, in force or ended, in the order they were linked. "
                    + "Department roles only.")
    public Page<IdentityView> listPersonIdentities(
            @Parameter(example = "c0000000-0000-4000-8000-000000000001") @PathParam("personId") UUID personId,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(identities.list(personId, Pages.slice(page, 2)), page, l -> List.of(l.linkedAt, l.id), IdentityMapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a token identity link", description = "One link; its ETag is needed to end it. Department roles only.")
    public RestResponse<IdentityView> getPersonIdentity(@PathParam("personId") UUID personId, @PathParam("id") UUID id) {
        return Responses.ok(IdentityMapper.versioned(identities.require(personId, id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Link a token identity to a person",
            description = "From now on, tokens with this issuer (`iss`) and subject (`sub`) act as this person: reporting-service lets "
                    + "them do what the person's appointments allow on each day. An identity is linked to one person at a time.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityRequest.class),
            examples = @ExampleObject(name = "link", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Linked; Location names the link.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityView.class)))
    @APIResponse(responseCode = "409", description = "The identity is already linked (to this or another person).")
    @APIResponse(responseCode = "422", description = "The person is retired (`rule: holder-retired`).")
    public RestResponse<IdentityView> linkPersonIdentity(@PathParam("personId") UUID personId, @NotNull @Valid IdentityRequest request) {
        PersonIdentity link = identities.link(personId, IdentityMapper.link(request));
        return Responses.created(URI.create("/v1/people/" + personId + "/identities/" + link.id), IdentityMapper.versioned(link));
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "End a token identity link",
            description = "From now on, tokens of the identity act as nobody (the link is kept, ended, in the history). Send If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "left", value = "{\"reason\":\"Left the council\"}")))
    @APIResponse(responseCode = "200", description = "Ended.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityView.class)))
    @APIResponse(responseCode = "409", description = "The link has already ended.")
    public RestResponse<IdentityView> endPersonIdentity(@PathParam("personId") UUID personId, @PathParam("id") UUID id,
                                                        @HeaderParam("If-Match") String ifMatch, @NotNull @Valid WithdrawalRequest request) {
        return Responses.ok(IdentityMapper.versioned(identities.end(personId, id, ETags.expected(ifMatch), request.reason())));
    }
}

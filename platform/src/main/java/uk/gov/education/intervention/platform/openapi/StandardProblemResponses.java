package uk.gov.education.intervention.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Documents the problem responses that every operation can give, so that each resource declares
 * only its own (422 rules, 409 conflicts): the Problem schema, and per operation 400, 401, 403,
 * 404 where there is a path parameter, 412/428 where If-Match is taken, and 500.
 */
public class StandardProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("ValidationError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input.")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("JSON path of the field or name of the parameter; empty for the whole body.")
                        .example("gssCode"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("must be a GSS code such as E06000021")));
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail (media type application/problem+json).")
                .addProperty("type", stringProp("A URI naming the kind of problem.", "urn:problem-type:intervention:validation"))
                .addProperty("title", stringProp("A short summary of the kind of problem.", "Request is not valid"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(400))
                .addProperty("detail", stringProp("What went wrong with this request.", "gssCode: must be a GSS code such as E06000021"))
                .addProperty("instance", stringProp("The request path.", "/v1/councils"))
                .addProperty("rule", stringProp("For a refusal by a business rule (422) or an access rule (403): the rule's name.",
                        "section-writer"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("For invalid input: each field and what is wrong with it.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/ValidationError"))));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParam = path.getKey().contains("{");
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
                operation.setResponses(responses);
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (takesInput) {
                    add(responses, "400", "The input is not valid: each field and what is wrong with it.");
                }
                if (secured) {
                    add(responses, "401", "No bearer token, or one that is expired or not signed by the trusted issuer.");
                    add(responses, "403", "Your role, or the councils in your token, do not allow this.");
                }
                if (hasPathParam) {
                    add(responses, "404", "No such record.");
                }
                if (takesIfMatch(operation)) {
                    add(responses, "412", "The If-Match ETag is not the record's current one: read it again.");
                    add(responses, "428", "If-Match is required for this change.");
                }
                if (operation.getRequestBody() != null) {
                    add(responses, "413", "The body is larger than the API accepts.");
                }
                add(responses, "500", "An unexpected error; it has been logged.");
            }
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter p : operation.getParameters()) {
            if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Schema stringProp(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description).example(example);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        var mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType("application/problem+json", mediaType);
    }
}

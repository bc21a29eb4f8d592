package uk.gov.education.intervention.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
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
import uk.gov.education.intervention.platform.rest.Bounds;
import uk.gov.education.intervention.platform.rest.PageRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Documents the problem responses that every operation can give, so that each resource declares
 * only its own (422 rules, 409 conflicts): the Problem schema, and per operation 400, 401, 403,
 * 404 where there is a path parameter, 412/428 where If-Match is taken, and 500. It also documents
 * the bounds the platform holds every query parameter to ({@link Bounds}, {@link PageRequest}), so
 * that generated clients and front ends see them in the schema; and the ETag, 304 and next-page Link of
 * every read ({@link ReadHeaders}).
 *
 * <p>It runs when the service is built: the document it finishes is fixed by the code, so the service starts with
 * the finished document instead of rebuilding it (a sixth of the start's work when it ran at start).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PATH_PARAMETER = "{";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        addProblemSchemas(components);
        ReadHeaders.define(components);
        describeDates(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParam = path.getKey().contains(PATH_PARAMETER);
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                documentBounds(operation.getValue());
                documentResponses(operation.getValue(), hasPathParam);
                if (operation.getKey() == PathItem.HttpMethod.GET) {
                    ReadHeaders.document(operation.getValue());
                }
            }
        }
    }

    private static void addProblemSchemas(Components components) {
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
    }

    /** Every date, in a query or a body, is held to the suite's range (platform JsonBounds, StrictQueryParameters). */
    private static void describeDates(Components components) {
        if (components.getSchemas() != null && components.getSchemas().get("LocalDate") != null) {
            components.getSchemas().get("LocalDate").description("A date (YYYY-MM-DD) from " + Bounds.DATE_RANGE + ".");
        }
        if (components.getSchemas() != null && components.getSchemas().get("YearMonth") != null) {
            // the scanner describes a YearMonth as a reference to itself; it is a string
            components.addSchema("YearMonth", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .pattern("^[0-9]{4}-(0[1-9]|1[0-2])$")
                    .description("A month (YYYY-MM) from " + Bounds.MONTH_RANGE + "."));
        }
    }

    private static void documentResponses(Operation operation, boolean hasPathParam) {
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

    private static void documentBounds(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter p : operation.getParameters()) {
            Schema schema = p.getSchema();
            if (p.getIn() != Parameter.In.QUERY || schema == null || schema.getRef() != null) {
                continue;
            }
            if ("limit".equals(p.getName())) {
                if (schema.getMinimum() == null) {
                    schema.minimum(BigDecimal.ONE);
                }
                if (schema.getMaximum() == null) {
                    schema.maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT));
                }
            } else if (isType(schema, Schema.SchemaType.ARRAY)) {
                if (schema.getMaxItems() == null) {
                    schema.maxItems(Bounds.MAX_QUERY_VALUES);
                }
                boundString(schema.getItems());
            } else {
                boundString(schema);
            }
        }
    }

    private static void boundString(Schema schema) {
        if (schema != null && schema.getRef() == null && isType(schema, Schema.SchemaType.STRING) && schema.getEnumeration() == null
                && schema.getFormat() == null && schema.getPattern() == null && schema.getMaxLength() == null) {
            schema.maxLength(Bounds.MAX_QUERY_VALUE_LENGTH);
        }
    }

    private static boolean isType(Schema schema, Schema.SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
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

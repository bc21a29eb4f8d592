package uk.gov.education.intervention.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;

/**
 * Documents what the platform adds to every read (platform rest ConditionalGet, PageLinks): the
 * ETag of a 200, the 304 that answers an If-None-Match naming it, and on a paginated list the
 * {@code Link: <...>; rel="next"} of the following page; so that generated clients see them.
 */
final class ReadHeaders {

    private static final String REF = "#/components/";
    private static final String ETAG = "ETag";
    private static final String NEXT = "NextPageLink";
    private static final String NOT_MODIFIED = "NotModified";

    private ReadHeaders() {
    }

    /** The shared definitions the operations refer to, once in the components. */
    static void define(Components components) {
        components.addHeader(ETAG, header("A strong validator of this answer (a record's version, or a hash of the body): send it "
                + "as If-None-Match to be answered 304 while it is current; send a record's as If-Match to change it.", "\"3\""));
        components.addHeader(NEXT, header("RFC 8288: the following page as `<url>; rel=\"next\"` (the same query with the body's "
                + "`next` as `cursor`); absent on the last page.", "</v1/councils?limit=50&cursor=WyJFMDYwMDAwMjEiXQ>; rel=\"next\""));
        components.addResponse(NOT_MODIFIED, OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match named the current ETag. No body; the ETag is repeated.")
                .addHeader("ETag", OASFactory.createHeader().ref(REF + "headers/" + ETAG)));
    }

    static void document(Operation read) {
        if (read.getResponses() == null || !read.getResponses().hasAPIResponse("200")) {
            return;
        }
        APIResponse ok = read.getResponses().getAPIResponse("200");
        addHeader(ok, "ETag", ETAG);
        if (paginated(read)) {
            addHeader(ok, "Link", NEXT);
        }
        if (!read.getResponses().hasAPIResponse("304")) {
            read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref(REF + "responses/" + NOT_MODIFIED));
        }
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).style(Header.Style.SIMPLE)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example(example));
    }

    private static void addHeader(APIResponse response, String name, String component) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(REF + "headers/" + component));
        }
    }

    private static boolean paginated(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter p : operation.getParameters()) {
            if (p.getIn() == Parameter.In.QUERY && "cursor".equals(p.getName())) {
                return true;
            }
        }
        return false;
    }
}

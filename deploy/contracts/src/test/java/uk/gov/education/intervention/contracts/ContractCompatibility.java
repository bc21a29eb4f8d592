package uk.gov.education.intervention.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a new version of a contract breaks clients of the old one (openapi-diff decides), and
 * whether the break is announced: info.version's major number raised.
 */
final class ContractCompatibility {

    /** The verdict: the breaking changes found (empty: compatible) and whether they are announced. */
    record Verdict(List<String> breaks, boolean announced, String oldVersion, String newVersion) {
        boolean acceptable() {
            return breaks.isEmpty() || announced;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractCompatibility() {
    }

    static Verdict compare(String oldContract, String newContract) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(oldContract, newContract);
        List<String> breaks = new ArrayList<>();
        if (diff.isIncompatible()) {
            for (Endpoint e : diff.getMissingEndpoints()) {
                breaks.add("removed: " + e.getMethod() + " " + e.getPathUrl());
            }
            boolean describedOnly = false;
            for (ChangedOperation op : diff.getChangedOperations()) {
                if (onlyDescribesUndescribedBodies(op)) {
                    describedOnly = true;
                    continue;
                }
                if (op.isCoreChanged().isIncompatible() || !op.isCompatible()) {
                    List<String> parts = new ArrayList<>();
                    if (op.getParameters() != null && op.getParameters().isIncompatible()) {
                        parts.add("parameters");
                    }
                    if (op.getRequestBody() != null && op.getRequestBody().isIncompatible()) {
                        parts.add("request body");
                    }
                    if (op.getApiResponses() != null && op.getApiResponses().isIncompatible()) {
                        parts.add("responses");
                    }
                    if (op.getSecurityRequirements() != null && op.getSecurityRequirements().isIncompatible()) {
                        parts.add("security");
                    }
                    breaks.add("changed incompatibly: " + op.getHttpMethod() + " " + op.getPathUrl()
                            + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
                }
            }
            if (breaks.isEmpty() && !describedOnly) {
                breaks.add("an incompatible change (see openapi-diff) outside the operations");
            }
        }
        String oldVersion = infoVersion(oldContract);
        String newVersion = infoVersion(newContract);
        boolean announced = major(newVersion) > major(oldVersion);
        return new Verdict(breaks, announced, oldVersion, newVersion);
    }

    /**
     * openapi-diff counts a response body that gains a schema as incompatible; but where the old
     * contract described no schema at all, a client relied on nothing, and the new contract only
     * describes what the service always returned. Such an operation, incompatible in nothing else,
     * is not a break.
     */
    static boolean onlyDescribesUndescribedBodies(ChangedOperation op) {
        boolean elsewhere = (op.getParameters() != null && op.getParameters().isIncompatible())
                || (op.getRequestBody() != null && op.getRequestBody().isIncompatible())
                || (op.getSecurityRequirements() != null && op.getSecurityRequirements().isIncompatible());
        ChangedApiResponse responses = op.getApiResponses();
        if (elsewhere || responses == null || !responses.isIncompatible() || !responses.getMissing().isEmpty()) {
            return false;
        }
        for (ChangedResponse response : responses.getChanged().values()) {
            ChangedContent content = response.getContent();
            if (!response.isIncompatible()) {
                continue;
            }
            if (content == null || !content.getMissing().isEmpty()) {
                return false;
            }
            for (ChangedMediaType media : content.getChanged().values()) {
                if (media.isIncompatible() && media.getOldSchema() != null) {
                    return false;
                }
            }
        }
        return true;
    }

    static String infoVersion(String contract) {
        try {
            return JSON.readTree(contract).path("info").path("version").asText("0");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JSON contract: " + e.getMessage(), e);
        }
    }

    private static int major(String version) {
        Matcher m = Pattern.compile("^([0-9]+)").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}

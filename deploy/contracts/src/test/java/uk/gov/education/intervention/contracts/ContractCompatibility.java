package uk.gov.education.intervention.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
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
            for (ChangedOperation op : diff.getChangedOperations()) {
                if (op.isCoreChanged().isIncompatible() || !op.isCompatible()) {
                    breaks.add("changed incompatibly: " + op.getHttpMethod() + " " + op.getPathUrl());
                }
            }
            if (breaks.isEmpty()) {
                breaks.add("an incompatible change (see openapi-diff) outside the operations");
            }
        }
        String oldVersion = infoVersion(oldContract);
        String newVersion = infoVersion(newContract);
        boolean announced = major(newVersion) > major(oldVersion);
        return new Verdict(breaks, announced, oldVersion, newVersion);
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

package uk.gov.education.intervention.platform.rest;

import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.problem.Problems;

import java.util.HashSet;
import java.util.Set;

/**
 * Strong ETags derived from an entity's optimistic-lock version, and the If-Match header read into
 * the version the caller expects: 428 when the header is missing; the service then refuses a
 * stale version (412) inside its transaction.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The versions an If-Match header names; a tag that names no version of ours matches nothing. */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        Set<Long> versions = new HashSet<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return ExpectedVersion.ANY;
            }
            Long version = version(tag.startsWith("W/") ? tag.substring(2) : tag);
            if (version != null) {
                versions.add(version);
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        expected(ifMatch).check(currentVersion);
    }

    private static Long version(String tag) {
        // exactly the tags of() writes: a quoted run of digits, no sign or padding beyond them
        if (!tag.matches("\"(0|[1-9][0-9]{0,17})\"")) {
            return null;
        }
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
}

package uk.gov.education.intervention.platform.rest;

import uk.gov.education.intervention.platform.problem.Problems;

/**
 * Strong ETags derived from an entity's optimistic-lock version, and the If-Match check every
 * update makes: 428 when the header is missing, 412 when it names an older version.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current) || tag.equals("W/" + current)) {
                return;
            }
        }
        throw Problems.preconditionFailed(current);
    }
}

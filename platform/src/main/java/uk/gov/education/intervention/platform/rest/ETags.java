package uk.gov.education.intervention.platform.rest;

import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.problem.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strong ETags derived from an entity's optimistic-lock version, and the conditional headers read
 * as RFC 9110 says: If-Match with the strong comparison (a weak tag never matches; 428 when the
 * header is missing, 400 when a tag is not quoted; the service then refuses a stale version (412)
 * inside its transaction), If-None-Match with the weak one.
 */
public final class ETags {

    /** Longest header value read; a longer one is not a list of tags this API issued. */
    private static final int MAX_HEADER = 4096;

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The versions an If-Match header names; a weak tag, or one that names no version of ours, matches nothing. */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        if (ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : tags(ifMatch, "If-Match")) {
            Long version = tag.startsWith("W/") ? null : version(tag);
            if (version != null) {
                versions.add(version);
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        expected(ifMatch).check(currentVersion);
    }

    /**
     * Whether an If-None-Match header names {@code etag} (weak comparison: {@code W/} is ignored on
     * both sides) or is {@code *}. A header that is not a list of quoted tags names nothing.
     */
    public static boolean noneMatchNames(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null || ifNoneMatch.length() > MAX_HEADER) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        try {
            for (String tag : tags(ifNoneMatch, "If-None-Match")) {
                if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * The entity tags of a comma-separated list ({@code [W/]"opaque"}; an opaque part may hold a comma),
     * or a 400 problem naming {@code header} when one is not quoted, so that {@code If-Match: 3} is
     * told to send {@code "3"} rather than refused as a stale version.
     */
    static List<String> tags(String value, String header) {
        if (value.length() > MAX_HEADER) {
            throw Problems.invalidField(header, "is longer than " + MAX_HEADER + " characters; send the ETag you read");
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (value.startsWith("W/", i)) {
                i += 2;
            }
            int close = i < n && value.charAt(i) == '"' ? value.indexOf('"', i + 1) : -1;
            if (close < 0) {
                throw unquoted(header, value.substring(start).split(",")[0].trim());
            }
            tags.add(value.substring(start, close + 1));
            i = close + 1;
        }
        return tags;
    }

    private static RuntimeException unquoted(String header, String sent) {
        String shown = StrictQueryParameters.shortened(sent);
        return Problems.invalidField(header, "an entity tag must be in double quotes, exactly as the ETag header gave it: send "
                + header + ": \"" + shown.replace("\"", "") + "\", not " + header + ": " + shown);
    }

    private static Long version(String tag) {
        // exactly the tags of() writes: a quoted run of digits, no sign or padding beyond them
        if (!tag.matches("\"(0|[1-9][0-9]{0,17})\"")) {
            return null;
        }
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
}

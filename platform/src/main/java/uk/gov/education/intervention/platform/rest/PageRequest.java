package uk.gov.education.intervention.platform.rest;

import uk.gov.education.intervention.platform.problem.Problems;

import java.util.List;

/** A validated {@code limit} and {@code cursor}. */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw Problems.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(l, cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** Rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    public boolean hasCursor() {
        return cursor != null;
    }

    public List<String> cursorKey(int parts) {
        return Cursor.decode(cursor, parts);
    }
}

package uk.gov.education.intervention.councils.service;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A page of a list to read: how many rows to fetch, and the sort key of the last row the caller saw (absent on the
 * first page). The key is read only when the list asks for it, after the list's own checks (the council it is for
 * exists, say), so that those are reported first.
 */
public record Slice(int fetchSize, Supplier<List<String>> key) {

    /** The key read into the list's own type, or null on the first page; a key that does not read is a bad cursor. */
    public <K> K after(Function<List<String>, K> read) {
        if (key == null) {
            return null;
        }
        List<String> parts = key.get();
        try {
            return read.apply(parts);
        } catch (RuntimeException e) {
            throw badCursor();
        }
    }

    static InvalidInput badCursor() {
        return new InvalidInput("cursor", "is not a cursor issued by this list; start again without it");
    }
}

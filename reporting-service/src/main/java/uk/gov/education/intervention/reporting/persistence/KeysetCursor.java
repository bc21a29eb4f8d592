package uk.gov.education.intervention.reporting.persistence;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.util.List;
import java.util.function.Function;

/**
 * The sort key of the last row a client saw, as the list's cursor carried it: two parts, read
 * back into their types by the list that issued them.
 */
public record KeysetCursor<A, B>(A first, B second) {

    /** Reads a two-part cursor key; a key the list could not have issued is the client's error. */
    public static <A, B> KeysetCursor<A, B> read(List<String> key, Function<String, A> first, Function<String, B> second) {
        if (key == null) {
            return null;
        }
        try {
            return new KeysetCursor<>(first.apply(key.get(0)), second.apply(key.get(1)));
        } catch (RuntimeException e) {
            throw new InvalidInput("cursor", "is not a cursor issued by this list; start again without it");
        }
    }
}

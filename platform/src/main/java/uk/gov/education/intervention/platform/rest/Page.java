package uk.gov.education.intervention.platform.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code next} is the cursor for the following page, absent on the last one; the
 * same page is also linked as {@code Link: <...>; rel="next"} ({@link PageLinks}).
 */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's stable order.") List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                nullable = true, example = "WyIyMDIwLTAxLTA3IiwiMTIiXQ") String next,
        @Schema(description = "The page size used.", example = "50") int limit) implements Paged {

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only says that more exist.
     */
    public static <E, T> Page<T> of(List<E> rowsPlusOne, PageRequest request, Function<E, List<?>> keyOf,
                                    Function<E, T> view) {
        boolean more = rowsPlusOne.size() > request.limit();
        List<E> rows = more ? rowsPlusOne.subList(0, request.limit()) : rowsPlusOne;
        String next = more ? Cursor.encode(keyOf.apply(rows.get(rows.size() - 1))) : null;
        return new Page<>(rows.stream().map(view).toList(), next, request.limit());
    }
}

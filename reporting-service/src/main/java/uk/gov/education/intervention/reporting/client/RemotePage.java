package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A cursor page as the other services return it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemotePage<T>(List<T> items, String next, Integer limit) {

    /** The largest page the other services give (their contracts cap {@code limit} at 200). */
    public static final int MAX_LIMIT = 200;

    public List<T> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    /**
     * Up to {@code limit} items from the position {@code cursor}, asking {@code page} (size, cursor) for pages of at most
     * {@link #MAX_LIMIT} while more follow: one call for most reads, two for a timeline page of 200 that asks for one more.
     */
    public static <T> List<T> upTo(int limit, String cursor, BiFunction<Integer, String, RemotePage<T>> page) {
        List<T> out = new ArrayList<>();
        String next = cursor;
        do {
            RemotePage<T> answer = page.apply(Math.min(MAX_LIMIT, limit - out.size()), next);
            out.addAll(answer.itemsOrEmpty());
            next = answer.next();
        } while (next != null && out.size() < limit);
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}

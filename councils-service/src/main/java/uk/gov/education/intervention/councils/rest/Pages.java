package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.service.Slice;
import uk.gov.education.intervention.platform.rest.PageRequest;

/** Reads a page request into the slice a service lists. */
final class Pages {

    private Pages() {
    }

    /** {@code keyParts}: how many parts the list's sort key (and so its cursor) has. */
    static Slice slice(PageRequest page, int keyParts) {
        return new Slice(page.fetchSize(), page.hasCursor() ? () -> page.cursorKey(keyParts) : null);
    }
}

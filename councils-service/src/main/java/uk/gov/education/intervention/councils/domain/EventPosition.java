package uk.gov.education.intervention.councils.domain;

import java.time.LocalDate;

/**
 * A place in a council's events, ordered by day, then kind name, then id: events of a kind are read strictly
 * after it. The kind may be one another service records (a caller merging several services' events passes the
 * last it showed), so it is compared as a string.
 */
public record EventPosition(LocalDate on, String kind, String id) {

    /** How events of {@code kind} stand to this position within its day. */
    public enum Within { ALL_AFTER, NONE_AFTER, AFTER_ID }

    public Within within(CouncilEventKind k) {
        int c = k.name().compareTo(kind);
        return c > 0 ? Within.ALL_AFTER : c < 0 ? Within.NONE_AFTER : Within.AFTER_ID;
    }
}

package uk.gov.education.intervention.reporting.timeline.service;

import uk.gov.education.intervention.reporting.timeline.domain.Position;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One source of a council's timeline (a CDI bean; the timeline finds every one). To add a source (an improvement
 * plan's changes, say), implement this: name the kinds it gives, and give at most {@code max} entries of those
 * kinds after the position, within the days, in the timeline's order (day, kind name, id). A source that cannot
 * answer says why in {@link Read#missing}; the timeline then answers degraded without it. A source makes a
 * bounded number of calls to other services, whatever the length of the history.
 */
public interface TimelineSource {

    /** What to read: the council, days from and to (inclusive), the kinds asked of this source, after (null: from the first), at most {@code max}. */
    record Window(String council, LocalDate from, LocalDate to, Set<String> kinds, Position after, int max) {

        /** Whether an entry falls in the window (for sources that filter in memory). */
        public boolean admits(TimelineEntry e) {
            return kinds.contains(e.kind()) && !e.on().isBefore(from) && !e.on().isAfter(to) && (after == null || after.isBefore(e));
        }

        /** The entries the window admits, in the timeline's order, at most {@code max} (for sources that filter in memory). */
        public List<TimelineEntry> take(List<TimelineEntry> entries) {
            return entries.stream().filter(this::admits).sorted(java.util.Comparator.comparing(TimelineEntry::position)).limit(max).toList();
        }

        /** The first day an entry after the position may fall on. */
        public LocalDate firstDay() {
            return after == null || after.on().isBefore(from) ? from : after.on();
        }
    }

    /** What a source gave: its entries, and (when it could not give them all as they are) why, in a sentence. */
    record Read(List<TimelineEntry> entries, String missing) {
        public static Read of(List<TimelineEntry> entries) {
            return new Read(entries, null);
        }

        public static Read missing(String why) {
            return new Read(List.of(), why);
        }
    }

    /** The kinds of entry this source gives, e.g. PLAN_CHANGED. */
    Set<String> kinds();

    Read read(Window w);
}

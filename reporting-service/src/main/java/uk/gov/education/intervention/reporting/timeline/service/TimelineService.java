package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.timeline.domain.Position;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineMerge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A council's timeline: every source's entries after the page's position, merged. Each source is asked once a
 * page for at most {@code limit + 1} entries, so a page costs one call to each other service whatever the length
 * of the history (two for a page of 200, their largest page being 200); a source that cannot answer is named in {@code missing} and the page lists what the others gave.
 */
@ApplicationScoped
public class TimelineService {

    /** What to list: days from and to (inclusive), kinds (every kind when empty), after (null: from the first), page size. */
    public record Query(String council, LocalDate from, LocalDate to, Set<String> kinds, Position after, int limit) {
    }

    /** A page: its entries, the position to read on from (null on the last page), and what could not be listed. */
    public record Page(List<TimelineEntry> entries, Position next, List<String> missing) {
        public boolean degraded() {
            return !missing.isEmpty();
        }
    }

    @Inject
    Instance<TimelineSource> sources;

    @Inject
    AccessPolicy access;

    /** Every kind of entry some source gives, in the timeline's order of kinds. */
    public Set<String> kinds() {
        Set<String> all = new TreeSet<>();
        sources.forEach(s -> all.addAll(s.kinds()));
        return all;
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    public Page timeline(Query q) {
        access.requireAny(q.council());
        Set<String> known = kinds();
        List<String> unknown = q.kinds().stream().filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("kinds", "'" + shortened(unknown.get(0)) + "' is not a kind of entry; the kinds are " + String.join(", ", known));
        }
        if (q.from().isAfter(q.to())) {
            throw new InvalidInput("from", "must not be after `to`");
        }
        List<List<TimelineEntry>> streams = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (TimelineSource source : sources) {
            Set<String> asked = new TreeSet<>(source.kinds());
            if (!q.kinds().isEmpty()) {
                asked.retainAll(q.kinds());
            }
            if (asked.isEmpty()) {
                continue;
            }
            TimelineSource.Read read = source.read(new TimelineSource.Window(q.council(), q.from(), q.to(), asked, q.after(), q.limit() + 1));
            streams.add(read.entries());
            if (read.missing() != null) {
                missing.add(read.missing());
            }
        }
        TimelineMerge.Merged merged = TimelineMerge.merge(streams, q.limit());
        Position next = merged.more() ? merged.entries().get(merged.entries().size() - 1).position() : null;
        return new Page(merged.entries(), next, missing);
    }
}

package uk.gov.education.intervention.reporting.timeline.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the entries several sources gave after one position into one page. Each source gives its first
 * {@code limit + 1} entries after the position (or all it has), in the timeline's order; so the first {@code limit}
 * of the merge are the timeline's next {@code limit}, and a {@code limit + 1}-th says that more follow. Sources
 * own disjoint kinds, so two heads never tie on (day, kind); within one source its own order stands.
 */
public final class TimelineMerge {

    /** A page: at most {@code limit} entries, and whether more follow. */
    public record Merged(List<TimelineEntry> entries, boolean more) {
    }

    private static final Comparator<TimelineEntry> HEAD = Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::kind);

    private TimelineMerge() {
    }

    public static Merged merge(List<List<TimelineEntry>> streams, int limit) {
        int[] next = new int[streams.size()];
        List<TimelineEntry> out = new ArrayList<>(limit);
        while (out.size() <= limit) {
            int best = -1;
            for (int s = 0; s < streams.size(); s++) {
                if (next[s] < streams.get(s).size()
                        && (best < 0 || HEAD.compare(streams.get(s).get(next[s]), streams.get(best).get(next[best])) < 0)) {
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(streams.get(best).get(next[best]++));
        }
        boolean more = out.size() > limit;
        return new Merged(more ? List.copyOf(out.subList(0, limit)) : List.copyOf(out), more);
    }
}

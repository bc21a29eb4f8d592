package uk.gov.education.intervention.directions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A direction's view and documents, kept per record version. What they show is made from the
 * direction's row and its duties alone, and every change to either goes through the entity, whose
 * version then moves on: an entry is used only for the very version just read from the database (by
 * this or any other instance), so a change is seen by the next read. The row is still read, with the
 * caller's access to it checked, on every request; only the JSON parse of the text, the mapping and the
 * rendering are saved. Bounded: the least recently read directions are dropped beyond {@link #LIMIT}.
 */
@ApplicationScoped
public class RenderedDirections {

    /** Directions kept; one is tens of kilobytes, a few hundred are in force or recent at any time. */
    static final int LIMIT = 256;

    @Inject
    DirectionMapper mapper;

    @Inject
    DocumentRenderer renderer;

    private final Map<Long, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > LIMIT;
        }
    };

    /** What one version of a direction renders to; documents are made on first request. */
    private static final class Entry {
        final long version;
        final DirectionView view;
        volatile String html;
        volatile String text;

        Entry(long version, DirectionView view) {
            this.version = version;
            this.view = view;
        }
    }

    public Versioned<DirectionView> versioned(Direction d) {
        return new Versioned<>(entry(d).view, d.version);
    }

    public String html(Direction d) {
        Entry e = entry(d);
        String html = e.html;
        if (html == null) {
            html = renderer.html(e.view);
            e.html = html;
        }
        return html;
    }

    public String plainText(Direction d) {
        Entry e = entry(d);
        String text = e.text;
        if (text == null) {
            text = renderer.plainText(e.view);
            e.text = text;
        }
        return text;
    }

    private Entry entry(Direction d) {
        Entry e;
        synchronized (entries) {
            e = entries.get(d.id);
        }
        if (e != null && e.version == d.version) {
            return e;
        }
        // made outside the lock; two readers of a new version may both make it, and either result is the same
        Entry made = new Entry(d.version, mapper.view(d));
        synchronized (entries) {
            Entry now = entries.get(d.id);
            if (now == null || now.version <= made.version) {
                entries.put(d.id, made);
            }
        }
        return made;
    }

    /** For tests: how many directions are kept. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}

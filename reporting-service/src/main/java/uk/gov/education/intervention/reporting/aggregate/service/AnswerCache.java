package uk.gov.education.intervention.reporting.aggregate.service;

import uk.gov.education.intervention.reporting.client.RemoteCouncil;
import uk.gov.education.intervention.reporting.service.CouncilFacts;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The aggregates kept, least recently used first out, within a number of entries and of bytes. An entry's weight is
 * its written bytes and an allowance for the council names it keeps (their records are shared with
 * {@link uk.gov.education.intervention.reporting.service.CouncilFacts}' own cache).
 */
final class AnswerCache {

    /** Map and set slots an entry holds for each council whose name it keeps. */
    private static final int PER_COUNCIL = 96;

    /**
     * An answer with what it was made from: the basis, and the councils' names and ratings it was written with;
     * {@code checked} holds the stamp of the last check that found those names still as read (null: none yet).
     */
    record Entry(AggregateAnswers.Answer answer, AggregateAnswers.Basis basis, Set<String> looked, Map<String, RemoteCouncil> names,
                 AtomicReference<CouncilFacts.Stamp> checked) {
        Entry(AggregateAnswers.Answer answer, AggregateAnswers.Basis basis, Set<String> looked, Map<String, RemoteCouncil> names) {
            this(answer, basis, looked, names, new AtomicReference<>());
        }

        long weight() {
            return answer.body().length + (answer.gzip() == null ? 0L : answer.gzip().length) + (long) PER_COUNCIL * looked.size();
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<AggregateAnswers.Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    AnswerCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized Entry get(AggregateAnswers.Key key) {
        return entries.get(key);
    }

    /** Keeps the entry (replacing any under its key) unless it alone is over the bounds; then the eldest go until all fit. */
    synchronized void put(AggregateAnswers.Key key, Entry entry) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.weight();
        }
        if (maxEntries < 1 || entry.weight() > maxBytes) {
            return;
        }
        entries.put(key, entry);
        bytes += entry.weight();
        Iterator<Entry> eldest = entries.values().iterator();
        while (entries.size() > maxEntries || bytes > maxBytes) {
            bytes -= eldest.next().weight();
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}

package uk.gov.education.intervention.reporting.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.reporting.submission.domain.DueItemReport;
import uk.gov.education.intervention.reporting.submission.service.DueItemSubmissions;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Due items as the caller may see them: all of a council's for the Department, the council's own
 * staff and its Commissioner; for anyone else appointed for the council, those its roles owe. A list
 * without a council covers every council where the caller has such standing today.
 */
@ApplicationScoped
public class DueItemService {

    /** Filters of a schedule query; all optional. */
    public record Query(String council, LocalDate from, LocalDate to, DueItemStatus status, String kind, String dutyId) {
    }

    /**
     * A due item as the caller sees it: its state today, whether the caller may see the submission
     * answering it, and its deadline (due date plus grace; null when the text states none).
     */
    public record Seen(ScheduleService.DueItemState state, boolean showSubmission, LocalDate deadline) {
    }

    /** Due items in due-date order, what was stale while listing them, and when the duties used were read. */
    public record Listing(List<Seen> items, List<String> missing, OffsetDateTime dutiesAsOf) {
    }

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    AccessPolicy access;

    @Inject
    DueItemSubmissions submissions;

    /** Up to {@code rows} items after the cursor key (due date, id), in due-date order. */
    public Listing list(Query q, List<String> after, int rows) {
        LocalDate to = q.to() != null ? q.to() : schedule.horizon();
        if (to.isAfter(schedule.today().plusYears(10))) {
            throw new InvalidInput("to", "must be within ten years of today");
        }
        if (q.from() != null && q.from().isAfter(to)) {
            throw new InvalidInput("from", "must not be after `to`");
        }
        Map<String, AccessPolicy.Standing> reach = q.council() != null
                ? Map.of(q.council(), access.requireAny(q.council())) : access.everyCouncil();
        DutyFeed.Result duties = requireDuties();
        Set<String> councils = reach == null ? null : reach.keySet();
        List<Duty> ofReach = duties.duties(councils);
        EventTriggers.Result facts = schedule.facts(ofReach, councils);
        KeysetCursor<LocalDate, String> cursor = KeysetCursor.read(after, LocalDate::parse, Function.identity());
        FirstItems first = new FirstItems(rows);
        schedule.itemsByCouncilGroup(ofReach, councils, q.from(), to, facts, group -> {
            Stream<ScheduleService.DueItem> items = matching(group.stream(), q, reach);
            if (cursor != null) {
                items = items.filter(i -> i.due().dueOn().isAfter(cursor.first())
                        || (i.due().dueOn().equals(cursor.first()) && i.id().toString().compareTo(cursor.second()) > 0));
            }
            first.offer(withStatus(items.toList(), q.status()));
        });
        List<Seen> seen = seen(schedule.withStatus(first.inOrder()).stream()
                .filter(s -> q.status() == null || s.status() == q.status()).toList(), reach == null ? c -> null : reach::get);
        List<String> missing = new ArrayList<>();
        if (!duties.live()) {
            missing.add(duties.problem());
        }
        if (!facts.live()) {
            missing.add(facts.problem());
        }
        return new Listing(seen, missing, duties.snapshot().fetchedAt());
    }

    /** The items with the given status today (null: any; then no status need be judged). */
    private List<ScheduleService.DueItem> withStatus(List<ScheduleService.DueItem> items, DueItemStatus status) {
        if (status == null) {
            return items;
        }
        return schedule.statuses(items).stream().filter(s -> s.status() == status).map(ScheduleService.DueItemStatusOn::item).toList();
    }

    /**
     * The first {@code rows} items in {@link ScheduleService#ORDER} of all offered, holding no more than that many: a
     * page over every council keeps a page, not every council's history.
     */
    static final class FirstItems {
        private final int rows;
        private final PriorityQueue<ScheduleService.DueItem> kept;

        FirstItems(int rows) {
            this.rows = rows;
            this.kept = new PriorityQueue<>(rows + 1, ScheduleService.ORDER.reversed());
        }

        /** Offers items already in order: the first that cannot enter a full page ends the offer. */
        void offer(List<ScheduleService.DueItem> inOrder) {
            for (ScheduleService.DueItem i : inOrder) {
                if (kept.size() == rows && ScheduleService.ORDER.compare(i, kept.peek()) >= 0) {
                    return;
                }
                kept.add(i);
                if (kept.size() > rows) {
                    kept.poll();
                }
            }
        }

        List<ScheduleService.DueItem> inOrder() {
            List<ScheduleService.DueItem> out = new ArrayList<>(kept);
            out.sort(ScheduleService.ORDER);
            return out;
        }
    }

    /** The items the query's filters and the caller's standing let through. */
    private static Stream<ScheduleService.DueItem> matching(Stream<ScheduleService.DueItem> items, Query q,
                                                            Map<String, AccessPolicy.Standing> reach) {
        Stream<ScheduleService.DueItem> out = items
                .filter(i -> q.from() == null || !i.due().dueOn().isBefore(q.from()))
                .filter(i -> q.kind() == null || q.kind().equals(i.duty().kind()))
                .filter(i -> q.dutyId() == null || q.dutyId().equals(i.duty().id()));
        return reach == null ? out : out.filter(i -> sees(reach.get(i.councilGss()), i));
    }

    public Seen get(String idText) {
        DueItemId id = DueItemId.parse(idText).orElseThrow(() -> new InvalidInput("id", DueItemId.MESSAGE));
        AccessPolicy.Standing a = access.requireAny(id.councilGssCode());
        DutyFeed.Result duties = requireDuties();
        ScheduleService.DueItem item = schedule.find(id, duties.duties(Set.of(id.councilGssCode())))
                .orElseThrow(() -> new NotFound("Due item", idText));
        if (!sees(a, item)) {
            throw new AccessDenied(AccessPolicy.SECTION_READER, "You owe no section of " + idText + " on " + access.today()
                    + ": its duty is owed by " + String.join(", ", item.duty().providersOrEmpty()) + ".");
        }
        return seen(schedule.withStatus(List.of(item)), c -> a.dfe() ? null : a).get(0);
    }

    private DutyFeed.Result requireDuties() {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw new DependencyUnavailable("directions-service", duties.problem() + ". Try again shortly.");
        }
        return duties;
    }

    /** The whole schedule for whole-report standing; else the items the caller's appointed roles owe. */
    private static boolean sees(AccessPolicy.Standing st, ScheduleService.DueItem item) {
        return st != null && (st.wholeReport() || ScheduleService.owedByAnyOf(st.appointedRoles()).test(item));
    }

    /**
     * The items as the caller sees them. {@code standingOf}: the caller's standing for a council (null: the Department's
     * roles, which read everything); without whole-report standing, the caller sees only the reports it contributed to.
     */
    private List<Seen> seen(List<ScheduleService.DueItemState> states, Function<String, AccessPolicy.Standing> standingOf) {
        Set<UUID> contributed = contributed(states, standingOf);
        List<Seen> out = new ArrayList<>(states.size());
        for (ScheduleService.DueItemState s : states) {
            AccessPolicy.Standing st = standingOf.apply(s.item().councilGss());
            DueItemReport sub = s.submission();
            boolean showSubmission = sub != null && (st == null || st.wholeReport() || contributed.contains(sub.id()));
            boolean stated = s.item().due().deadlineStated();
            out.add(new Seen(s, showSubmission, stated ? DueItemStatusRules.deadline(s.item().due().dueOn(), schedule.graceDays()) : null));
        }
        return out;
    }

    /**
     * Of the reports answering these items in councils where the caller does not read reports whole, those with a
     * section the caller reads (one it writes), in any version: one query per set of section keys, not one per report.
     */
    private Set<UUID> contributed(List<ScheduleService.DueItemState> states, Function<String, AccessPolicy.Standing> standingOf) {
        Map<Set<String>, List<UUID>> byKeys = new HashMap<>();
        for (ScheduleService.DueItemState s : states) {
            AccessPolicy.Standing st = standingOf.apply(s.item().councilGss());
            if (s.submission() != null && st != null && !st.wholeReport()) {
                byKeys.computeIfAbsent(st.sectionKeys(), k -> new ArrayList<>()).add(s.submission().id());
            }
        }
        Set<UUID> out = new HashSet<>();
        byKeys.forEach((keys, ids) -> out.addAll(submissions.withSectionOf(ids, keys)));
        return out;
    }
}

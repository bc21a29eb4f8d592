package uk.gov.education.intervention.reporting.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.EventFact;
import uk.gov.education.intervention.reporting.domain.Section;
import uk.gov.education.intervention.reporting.domain.Submission;
import uk.gov.education.intervention.reporting.schedule.rest.DueItemPage;
import uk.gov.education.intervention.reporting.schedule.rest.DueItemView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.gov.education.intervention.reporting.service.AccessPolicy;

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

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    AccessPolicy access;

    public DueItemPage list(Query q, PageRequest page) {
        LocalDate to = q.to() != null ? q.to() : schedule.horizon();
        if (to.isAfter(schedule.today().plusYears(10))) {
            throw Problems.invalidField("to", "must be within ten years of today");
        }
        if (q.from() != null && q.from().isAfter(to)) {
            throw Problems.invalidField("from", "must not be after `to`");
        }
        Map<String, AccessPolicy.Standing> reach = q.council() != null
                ? Map.of(q.council(), access.requireAny(q.council())) : access.everyCouncil();
        DutyFeed.Result duties = requireDuties();
        Set<String> councils = reach == null ? null : reach.keySet();
        EventTriggers.Result facts = schedule.facts(duties.duties(), councils);
        Stream<ScheduleService.DueItem> items = schedule.items(duties.duties(), councils, to, facts).stream()
                .filter(i -> q.from() == null || !i.due().dueOn().isBefore(q.from()))
                .filter(i -> q.kind() == null || q.kind().equals(i.duty().kind()))
                .filter(i -> q.dutyId() == null || q.dutyId().equals(i.duty().id()));
        if (reach != null) {
            items = items.filter(i -> sees(reach.get(i.councilGss()), i));
        }
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            LocalDate kd;
            try {
                kd = LocalDate.parse(key.get(0));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
            String kid = key.get(1);
            items = items.filter(i -> i.due().dueOn().isAfter(kd) || (i.due().dueOn().equals(kd) && i.id().toString().compareTo(kid) > 0));
        }
        List<ScheduleService.DueItemState> states = schedule.withStatus(items.toList());
        if (q.status() != null) {
            states = states.stream().filter(s -> s.status() == q.status()).toList();
        }
        boolean more = states.size() > page.limit();
        List<ScheduleService.DueItemState> rows = more ? states.subList(0, page.limit()) : states;
        String next = more ? Cursor.encode(List.of(rows.get(rows.size() - 1).item().due().dueOn(),
                rows.get(rows.size() - 1).item().id().toString())) : null;
        List<DueItemView> views = new ArrayList<>();
        for (ScheduleService.DueItemState s : rows) {
            views.add(view(s, reach == null ? null : reach.get(s.item().councilGss())));
        }
        List<String> missing = new ArrayList<>();
        if (!duties.live()) {
            missing.add(duties.problem());
        }
        if (!facts.live()) {
            missing.add(facts.problem());
        }
        return new DueItemPage(views, next, page.limit(), !missing.isEmpty(), missing, duties.snapshot().fetchedAt());
    }

    public DueItemView get(String idText) {
        DueItemId id = DueItemId.parse(idText).orElseThrow(() -> Problems.invalidField("id", DueItemId.MESSAGE));
        AccessPolicy.Standing a = access.requireAny(id.councilGssCode());
        DutyFeed.Result duties = requireDuties();
        ScheduleService.DueItem item = schedule.find(id, duties.duties())
                .orElseThrow(() -> Problems.notFound("Due item", idText));
        if (!sees(a, item)) {
            throw Problems.forbidden(AccessPolicy.SECTION_READER, "You owe no section of " + idText + " on " + access.today()
                    + ": its duty is owed by " + String.join(", ", item.duty().providersOrEmpty()) + ".");
        }
        ScheduleService.DueItemState state = schedule.withStatus(List.of(item)).get(0);
        return view(state, a.dfe() ? null : a);
    }

    private DutyFeed.Result requireDuties() {
        DutyFeed.Result duties = feed.current();
        if (!duties.available()) {
            throw Problems.dependencyUnavailable("directions-service", duties.problem() + ". Try again shortly.");
        }
        return duties;
    }

    /** The whole schedule for whole-report standing; else the items the caller's appointed roles owe. */
    private static boolean sees(AccessPolicy.Standing st, ScheduleService.DueItem item) {
        return st != null && (st.wholeReport() || ScheduleService.owedByAnyOf(st.appointedRoles()).test(item));
    }

    /** {@code st}: the caller's standing for the item's council (null: the Department's roles, which read everything). */
    private DueItemView view(ScheduleService.DueItemState s, AccessPolicy.Standing st) {
        ScheduleService.DueItem i = s.item();
        Submission sub = s.submission();
        boolean showSubmission = sub != null && (st == null || st.wholeReport() || contributed(sub, st.sectionKeys()));
        boolean stated = i.due().deadlineStated();
        EventFact f = i.due().trigger();
        DueItemView.Trigger trigger = f == null ? null : new DueItemView.Trigger("APPOINTMENT", f.roleCode(), f.ref(), f.on(),
                stated ? "by " + i.due().dueOn() + " (" + i.duty().cadence().within() + " from " + i.due().periodStart() + ")"
                        : "no deadline stated");
        return new DueItemView(i.id().toString(), i.councilGss(), i.duty().directionReference(), i.duty().id(), i.duty().clause(),
                i.duty().citationsOrClause(), i.duty().kind(), i.duty().title(), i.duty().recipient(), i.duty().providersOrEmpty(),
                i.duty().cadence(), i.due().periodStart(), i.due().periodEnd(), i.due().dueOn(),
                stated ? DueItemStatusRules.deadline(i.due().dueOn(), schedule.graceDays()) : null,
                s.status(), i.duty().directionStatus(), showSubmission ? sub.id : null, stated ? i.due().dueOn() : null, trigger);
    }

    /** Whether the report has a section the caller reads (one it writes). */
    private static boolean contributed(Submission s, Set<String> sectionKeys) {
        return s.versions.stream().flatMap(v -> v.sections.stream()).map((Section sec) -> sec.sectionKey).anyMatch(sectionKeys::contains);
    }
}

package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan as it stood after some of its changes, rebuilt by replaying them in revision order: its actions
 * with their status histories, its measures with the latest value of each period. The state at a moment is
 * the replay of the changes recorded by then; the rules of the next change are checked against it.
 */
public final class PlanState {

    public static final int MAX_ACTIONS = 200;
    public static final int MAX_MEASURES = 100;

    /** One status an action took, with its evidence (none for the NOT_STARTED it was added with). */
    public record StatusEntry(ActionStatus status, String evidence, int revision, OffsetDateTime at, String by, Source source) {
    }

    /** A measure's value for a period, as last recorded. */
    public record ValueEntry(Period period, BigDecimal value, int revision, OffsetDateTime at, String by, Source source) {
    }

    /** An action as it stands. */
    public static final class Action {
        public final UUID id;
        public String statement;
        public JourneyStage stage;
        public OwnerKind ownerKind;
        public String ownerReference;
        public LocalDate targetDate;
        public int revision;
        public final List<StatusEntry> history = new ArrayList<>();

        Action(UUID id) {
            this.id = id;
        }

        public ActionStatus status() {
            return history.isEmpty() ? ActionStatus.NOT_STARTED : history.get(history.size() - 1).status();
        }

        public String evidence() {
            return history.isEmpty() ? null : history.get(history.size() - 1).evidence();
        }

        /** The audit log's picture of the action after a revision. */
        public ActionSnapshot snapshot() {
            return new ActionSnapshot(revision, id, statement, stage, ownerKind, ownerReference, targetDate, status(), evidence());
        }
    }

    /** A measure as it stands. */
    public static final class Measure {
        public final UUID id;
        public String name;
        public String unit;
        public BigDecimal target;
        public Direction direction;
        public int revision;
        private final Map<Period, ValueEntry> values = new LinkedHashMap<>();

        Measure(UUID id) {
            this.id = id;
        }

        /** The latest value of each period, in period order (earliest first). */
        public List<ValueEntry> values() {
            return values.values().stream()
                    .sorted(Comparator.comparing((ValueEntry v) -> v.period().start()).thenComparing(v -> v.period().end())).toList();
        }

        public ValueEntry value(Period p) {
            return values.get(p);
        }

        /** The audit log's picture of the measure after a revision, with the value of one period (null: none). */
        public MeasureSnapshot snapshot(Period period) {
            ValueEntry v = period == null ? null : values.get(period);
            return new MeasureSnapshot(revision, id, name, unit, target, direction, period == null ? null : period.toString(),
                    v == null ? null : v.value());
        }
    }

    /** An action in the audit log. */
    public record ActionSnapshot(int revision, UUID id, String statement, JourneyStage stage, OwnerKind ownerKind,
                                 String ownerReference, LocalDate targetDate, ActionStatus status, String evidence) {
    }

    /** A measure in the audit log, with the value of the period a change recorded. */
    public record MeasureSnapshot(int revision, UUID id, String name, String unit, BigDecimal target, Direction direction,
                                  String period, BigDecimal value) {
    }

    private final Map<UUID, Action> actions = new LinkedHashMap<>();
    private final Map<UUID, Measure> measures = new LinkedHashMap<>();
    private int revision;

    private PlanState() {
    }

    /** The plan after these changes (in revision order). */
    public static PlanState replay(List<PlanChange> changes) {
        PlanState s = new PlanState();
        changes.forEach(s::apply);
        return s;
    }

    public int revision() {
        return revision;
    }

    /** Actions in the order they were added. */
    public List<Action> actions() {
        return List.copyOf(actions.values());
    }

    /** Measures in the order they were added. */
    public List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    /** Applies one more change, which must follow the last. */
    public void apply(PlanChange c) {
        if (c.revision <= revision) {
            throw new IllegalStateException("change " + c.revision + " does not follow revision " + revision);
        }
        revision = c.revision;
        if (c.kind.ofAction()) {
            applyToAction(c);
        } else {
            applyToMeasure(c);
        }
    }

    private void applyToAction(PlanChange c) {
        Action a = c.kind == ChangeKind.ACTION_ADDED ? actions.computeIfAbsent(c.subjectId, Action::new) : actions.get(c.subjectId);
        if (a == null) {
            throw new IllegalStateException("change " + c.revision + " names no action of the plan");
        }
        a.revision = c.revision;
        if (c.kind == ChangeKind.ACTION_STATUS || c.kind == ChangeKind.ACTION_ADDED) {
            a.history.add(new StatusEntry(c.status, c.evidence, c.revision, c.recordedAt, c.recordedBy, c.source()));
        }
        if (c.kind != ChangeKind.ACTION_STATUS) {
            a.statement = c.statement;
            a.stage = c.stage;
            a.ownerKind = c.ownerKind;
            a.ownerReference = c.ownerReference;
            a.targetDate = c.targetDate;
        }
    }

    private void applyToMeasure(PlanChange c) {
        Measure m = c.kind == ChangeKind.MEASURE_ADDED ? measures.computeIfAbsent(c.subjectId, Measure::new) : measures.get(c.subjectId);
        if (m == null) {
            throw new IllegalStateException("change " + c.revision + " names no measure of the plan");
        }
        m.revision = c.revision;
        if (c.kind == ChangeKind.MEASURE_VALUE) {
            m.values.put(c.period(), new ValueEntry(c.period(), c.value, c.revision, c.recordedAt, c.recordedBy, c.source()));
        } else {
            m.name = c.name;
            m.unit = c.unit;
            m.target = c.target;
            m.direction = c.direction;
        }
    }

    /** The action, or 404. */
    public Action action(UUID id) {
        Action a = actions.get(id);
        if (a == null) {
            throw new NotFound("Action", id);
        }
        return a;
    }

    /** The measure, or 404. */
    public Measure measure(UUID id) {
        Measure m = measures.get(id);
        if (m == null) {
            throw new NotFound("Measure", id);
        }
        return m;
    }

    /** Refuses an action beyond the plan's bound. */
    public void requireRoomForAction() {
        if (actions.size() >= MAX_ACTIONS) {
            throw new RuleViolation("plan-full", "The plan has as many actions as it may",
                    "A plan holds at most " + MAX_ACTIONS + " actions; mark finished ones DONE and revise others instead.");
        }
    }

    /** Refuses a measure beyond the plan's bound. */
    public void requireRoomForMeasure() {
        if (measures.size() >= MAX_MEASURES) {
            throw new RuleViolation("plan-full", "The plan has as many measures as it may",
                    "A plan holds at most " + MAX_MEASURES + " measures; revise existing ones instead.");
        }
    }

    /** Checks a status change against the action as it stands (404 when the plan has no such action). */
    public void check(StatusUpdate u) {
        action(u.actionId()).status().requireMoveTo(u.status(), u.actionId().toString());
    }

    /** Checks a value against the plan (404 when it has no such measure). */
    public void check(ValueUpdate u) {
        measure(u.measureId());
    }
}

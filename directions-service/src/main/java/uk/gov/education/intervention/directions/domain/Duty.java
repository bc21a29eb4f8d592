package uk.gov.education.intervention.directions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A duty a direction imposes, attached to the clause that imposes it: what is due, who provides
 * it, to whom, and when.
 */
@Entity
@Table(name = "duty")
public class Duty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "direction_id", nullable = false, updatable = false)
    public Direction direction;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    /** The clause that imposes it, e.g. 7.e.a or Annex.3.h. */
    @Column(nullable = false)
    public String clause;

    /**
     * Other clauses that impose or refer to the same obligation (Stoke-on-Trent 7.e.c cites the Board of Annex 3.a;
     * Annex 3.h's quarterly reviews are 7.e.b's): one duty, whatever the number of clauses citing it.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cited_by", nullable = false, columnDefinition = "varchar(40)[]")
    public String[] citedBy = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyKind kind;

    @Column(nullable = false)
    public String title;

    /** {@link Party} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(60)[]")
    public String[] providers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recipient recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_type", nullable = false)
    public CadenceType cadenceType;

    @Column(name = "cadence_months")
    public Integer cadenceMonths;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cadence_offsets", columnDefinition = "int[]")
    public Integer[] cadenceOffsets;

    @Column(name = "cadence_due_on")
    public LocalDate cadenceDueOn;

    /** Null: the type's own anchor (see {@link CadenceRules#anchor}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_anchor")
    public CadenceAnchor cadenceAnchor;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_anchor_basis")
    public AnchorBasis cadenceAnchorBasis;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_event")
    public TriggerEvent triggerEvent;

    /** A {@link Party} name. */
    @Column(name = "trigger_role")
    public String triggerRole;

    /** An ISO-8601 period (P28D, P3M), or null when the text states none. */
    @Column(name = "cadence_within")
    public String cadenceWithin;

    /** {@link Party} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cadence_requesters", columnDefinition = "varchar(60)[]")
    public String[] cadenceRequesters;

    /** The duty at {@code position} of {@code direction}, on {@code terms}. */
    public static Duty of(Direction direction, int position, DutyTerms terms) {
        Cadence c = terms.cadence();
        Duty u = new Duty();
        u.direction = direction;
        u.position = position;
        u.code = terms.code();
        u.clause = terms.clause();
        u.citedBy = terms.citedByOrEmpty().toArray(String[]::new);
        u.kind = terms.kind();
        u.title = terms.title().trim();
        u.providers = terms.providers().stream().map(Enum::name).toArray(String[]::new);
        u.recipient = terms.recipient();
        u.cadenceType = c.type();
        u.cadenceMonths = c.months();
        u.cadenceOffsets = c.offsets() == null ? null : c.offsets().toArray(Integer[]::new);
        u.cadenceDueOn = c.dueOn();
        u.cadenceAnchor = c.anchor();
        u.cadenceAnchorBasis = c.anchorBasis();
        u.triggerEvent = c.trigger() == null ? null : c.trigger().event();
        u.triggerRole = c.trigger() == null ? null : c.trigger().role().name();
        u.cadenceWithin = c.within();
        u.cadenceRequesters = c.requesters() == null ? null : c.requesters().stream().map(Enum::name).toArray(String[]::new);
        return u;
    }

    /** The cadence as stored, without the anchor its type implies or a schedule in words. */
    public Cadence cadence() {
        return new Cadence(cadenceType, cadenceMonths, cadenceOffsets == null ? null : List.of(cadenceOffsets), cadenceDueOn,
                cadenceAnchor, cadenceAnchorBasis, null,
                triggerEvent == null ? null : new Trigger(triggerEvent, Party.valueOf(triggerRole)), cadenceWithin,
                cadenceRequesters == null ? null : Arrays.stream(cadenceRequesters).map(Party::valueOf).toList());
    }

    public List<Party> providerList() {
        return Arrays.stream(providers).map(Party::valueOf).toList();
    }

    public DutySnapshot snapshot() {
        return new DutySnapshot(code, clause, List.of(citedBy), kind, title, providerList(), recipient, cadence());
    }
}

package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of a submission: the whole report as it stood after one push. Never changed. */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @Column(nullable = false)
    public int number;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The caller's role: dfe-admin, commissioner or council-reporter. */
    @Column(name = "submitted_as", nullable = false)
    public String submittedAs;

    /** For a council-reporter, the GSS code of the council whose staff pushed it (its own, or a partner authority's). */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    /** Structured fields of the report (a JSON object), merged key by key across versions. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String fields;

    @Column
    public String note;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();

    /** The version after {@code previous} (null before the first), without its sections yet. */
    static SubmissionVersion following(Submission s, SubmissionVersion previous, VersionDraft draft, OffsetDateTime now) {
        SubmissionVersion v = new SubmissionVersion();
        v.id = UUID.randomUUID();
        v.submission = s;
        v.number = s.currentVersion + 1;
        v.submittedAt = now;
        v.submittedBy = draft.submittedBy();
        v.submittedAs = draft.submittedAs();
        v.onBehalfOf = draft.onBehalfOf();
        v.note = draft.note();
        v.fields = ReportFields.merge(previous == null ? null : previous.fields, draft.fields());
        return v;
    }

    /** Whether this version wrote a section (rather than only carrying sections forward) for which {@code reads} holds. */
    public boolean wrote(java.util.function.Predicate<Section> reads) {
        return sections.stream().anyMatch(s -> s.authoredInVersion == number && reads.test(s));
    }
}

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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A contributor's narrative in a version: e.g. the Commissioner's, the DCS's, or one Partner in
 * Practice's (one section per partner organisation).
 */
@Entity
@Table(name = "submission_section")
public class Section {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    public SubmissionVersion version;

    /** A councils-service role code, or COUNCIL for the council itself. */
    @Column(nullable = false)
    public String contributor;

    /** For a partner role, the GSS code of the partner authority; else null. */
    @Column(name = "organisation_gss")
    public String organisationGss;

    /** {@code contributor} or {@code contributor:organisationGss}: one section per key. */
    @Column(name = "section_key", nullable = false)
    public String sectionKey;

    @Column(nullable = false)
    public String narrative;

    /** The plan updates the section carries, as pushed (a JSON object; null: none). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "plan_updates", columnDefinition = "jsonb")
    public String planUpdates;

    @Column(name = "authored_in_version", nullable = false)
    public int authoredInVersion;

    @Column(name = "authored_by", nullable = false)
    public String authoredBy;

    @Column(nullable = false)
    public int position;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<Attachment> attachments = new ArrayList<>();

    /** A section written in version {@code v} from what was pushed. */
    static Section written(SubmissionVersion v, SectionDraft draft, String author) {
        Section s = in(v, draft.contributor(), draft.organisationGss(), draft.narrative(), v.number, author);
        s.planUpdates = draft.planUpdates();
        int i = 0;
        for (SectionDraft.AttachedFile f : draft.attachments()) {
            s.attachments.add(Attachment.of(s, f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), i++));
        }
        return s;
    }

    /** An earlier section carried unchanged into version {@code v}. */
    static Section carried(SubmissionVersion v, Section old) {
        Section s = in(v, old.contributor, old.organisationGss, old.narrative, old.authoredInVersion, old.authoredBy);
        s.planUpdates = old.planUpdates;
        for (Attachment a : old.attachments) {
            s.attachments.add(Attachment.of(s, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.position));
        }
        return s;
    }

    private static Section in(SubmissionVersion v, String contributor, String organisationGss, String narrative,
                              int authoredInVersion, String authoredBy) {
        Section s = new Section();
        s.id = UUID.randomUUID();
        s.version = v;
        s.contributor = contributor;
        s.organisationGss = organisationGss;
        s.sectionKey = key(contributor, organisationGss);
        s.narrative = narrative;
        s.authoredInVersion = authoredInVersion;
        s.authoredBy = authoredBy;
        return s;
    }

    public static String key(String contributor, String organisationGss) {
        return organisationGss == null ? contributor : contributor + ":" + organisationGss;
    }
}

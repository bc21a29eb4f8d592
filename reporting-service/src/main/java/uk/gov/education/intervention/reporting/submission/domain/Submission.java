package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A report for one due item, or an ad-hoc report. Each push by a contributor adds a version;
 * every version is kept, and reviews judge the current one. The submission makes its own
 * changes ({@link #addVersion}, {@link #accept}, {@link #returnForChanges}) and keeps their rules:
 * an accepted report takes no more versions; only a report awaiting review is reviewed; a returned
 * report awaits review again only once the versions since answer the return.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    public UUID id;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    /** The due item it answers; null for an ad-hoc report. */
    @Column(name = "due_item_id")
    public String dueItemId;

    @Column(name = "duty_id")
    public String dutyId;

    @Column(name = "direction_reference")
    public String directionReference;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column
    public String kind;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "first_submitted_at", nullable = false)
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "last_submitted_at", nullable = false)
    public OffsetDateTime lastSubmittedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("number")
    public List<SubmissionVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("reviewedAt, id")
    public List<Review> reviews = new ArrayList<>();

    /** A report not yet pushed: its first {@link #addVersion version} makes it SUBMITTED. */
    public static Submission open(String councilGss, String title, String createdBy) {
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.councilGss = councilGss;
        s.title = title;
        s.createdBy = createdBy;
        s.currentVersion = 0;
        return s;
    }

    /** Names the duty the report answers. */
    public Submission answering(String dutyId, String directionReference, String kind) {
        this.dutyId = dutyId;
        this.directionReference = directionReference;
        this.kind = kind;
        return this;
    }

    /** Names the due item the report answers. */
    public Submission forDueItem(String dueItemId, LocalDate dueOn) {
        this.dueItemId = dueItemId;
        this.dueOn = dueOn;
        return this;
    }

    public boolean isNew() {
        return currentVersion == 0;
    }

    public SubmissionVersion current() {
        return versions.stream().filter(v -> v.number == currentVersion).findFirst()
                .orElseThrow(() -> new IllegalStateException("submission " + id + " has no version " + currentVersion));
    }

    public boolean isAdHoc() {
        return dueItemId == null;
    }

    /** The keys of the sections of the current version; none before the first. */
    public Set<String> currentSectionKeys() {
        return isNew() ? Set.of() : current().sections.stream().map(sec -> sec.sectionKey).collect(Collectors.toSet());
    }

    /**
     * Adds a version: the sections pushed replace the same contributors' sections of the current
     * version and the rest are carried forward, so that each version is the whole report.
     */
    public SubmissionVersion addVersion(VersionDraft draft, OffsetDateTime now) {
        if (status == SubmissionStatus.ACCEPTED) {
            // named as the caller named it: a caller who may not read the report must not learn its id here
            throw new RuleViolation("submission-accepted", "The submission was accepted",
                    (dueItemId != null ? "The report for due item " + dueItemId : "The report") + " was accepted on review; "
                            + "it takes no further versions.");
        }
        SubmissionVersion previous = isNew() ? null : current();
        SubmissionVersion v = SubmissionVersion.following(this, previous, draft, now);
        Map<String, SectionDraft> pushed = new LinkedHashMap<>();
        draft.sections().forEach(p -> {
            if (pushed.put(p.key(), p) != null) {
                throw new InvalidInput("sections", "has two sections from " + p.key());
            }
        });
        if (previous != null) {
            for (Section old : previous.sections) {
                SectionDraft replacement = pushed.remove(old.sectionKey);
                v.sections.add(replacement != null ? Section.written(v, replacement, draft.submittedBy())
                        : Section.carried(v, old));
            }
        }
        pushed.values().forEach(p -> v.sections.add(Section.written(v, p, draft.submittedBy())));
        for (int i = 0; i < v.sections.size(); i++) {
            v.sections.get(i).position = i;
        }
        if (isNew()) {
            firstSubmittedAt = now;
        }
        versions.add(v);
        currentVersion = v.number;
        lastSubmittedAt = now;
        status = status == SubmissionStatus.RETURNED && !returnAnswered() ? SubmissionStatus.RETURNED : SubmissionStatus.SUBMITTED;
        return v;
    }

    /**
     * Whether the versions since the last return answer it, so that the report awaits review again:
     * every section a comment was addressed to has been revised and, if it had comments on the report
     * as a whole, the council's own staff (or dfe-admin) have pushed a version. A version from
     * someone the return was not addressed to leaves the report RETURNED.
     */
    boolean returnAnswered() {
        Review last = reviews.get(reviews.size() - 1);
        List<SubmissionVersion> since = versions.stream().filter(v -> v.number > last.versionNumber).toList();
        Set<String> revised = new HashSet<>();
        for (SubmissionVersion v : since) {
            v.sections.stream().filter(sec -> sec.authoredInVersion == v.number).forEach(sec -> revised.add(sec.sectionKey));
        }
        boolean sectionsAnswered = last.sectionComments.stream().allMatch(c -> revised.contains(c.sectionKey));
        boolean reportAnswered = last.comments == null || since.stream()
                .anyMatch(v -> Roles.DFE_ADMIN.equals(v.submittedAs) || councilGss.equals(v.onBehalfOf));
        return sectionsAnswered && reportAnswered;
    }

    /** A decision on the current version: accepts it, or returns it with comments. */
    public Review review(ReviewDecision decision, String comments, List<SectionCommentDraft> sectionComments,
                         String reviewer, OffsetDateTime now) {
        return decision == ReviewDecision.ACCEPT
                ? accept(comments, sectionComments, reviewer, now)
                : returnForChanges(comments, sectionComments, reviewer, now);
    }

    /** Accepts the current version: the report takes no more versions. */
    public Review accept(String comments, List<SectionCommentDraft> sectionComments, String reviewer, OffsetDateTime now) {
        return decide(ReviewDecision.ACCEPT, comments, sectionComments, reviewer, now);
    }

    /** Returns the current version for changes; says what must change, on the whole report or on its sections. */
    public Review returnForChanges(String comments, List<SectionCommentDraft> sectionComments, String reviewer,
                                   OffsetDateTime now) {
        if ((comments == null || comments.isBlank()) && sectionComments.isEmpty()) {
            throw new InvalidInput("comments", "is required when returning a submission (or sectionComments): say what must change");
        }
        return decide(ReviewDecision.RETURN, comments, sectionComments, reviewer, now);
    }

    private Review decide(ReviewDecision decision, String comments, List<SectionCommentDraft> sectionComments,
                          String reviewer, OffsetDateTime now) {
        checkAddressed(sectionComments);
        if (status != SubmissionStatus.SUBMITTED) {
            throw new Conflict("submission-not-awaiting-review", "Submission " + id + " is " + status
                    + (status == SubmissionStatus.RETURNED ? ": it awaits a resubmission." : ": it was already accepted."));
        }
        Review review = Review.of(this, decision, comments, sectionComments, reviewer, now);
        reviews.add(review);
        status = decision == ReviewDecision.ACCEPT ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
        return review;
    }

    /** Each comment addresses a section of the version reviewed, at most one per section. */
    private void checkAddressed(List<SectionCommentDraft> sectionComments) {
        Set<String> present = currentSectionKeys();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sectionComments.size(); i++) {
            String key = sectionComments.get(i).key();
            if (!present.contains(key)) {
                throw new InvalidInput("sectionComments[" + i + "]", "addresses " + key + ", which is not a section of version "
                        + currentVersion + " (its sections: " + String.join(", ", new TreeSet<>(present)) + ")");
            }
            if (!seen.add(key)) {
                throw new InvalidInput("sectionComments", "has two comments addressed to " + key);
            }
        }
    }

    /** The version with this number, if any. */
    public Optional<SubmissionVersion> version(int number) {
        return versions.stream().filter(v -> v.number == number).findFirst();
    }

    /** The audit log's picture: state, which version wrote each section, and their files. */
    public SubmissionSnapshot snapshot() {
        SubmissionVersion v = current();
        Map<String, Integer> sections = new TreeMap<>();
        Map<String, List<String>> files = new TreeMap<>();
        for (Section sec : v.sections) {
            sections.put(sec.sectionKey, sec.authoredInVersion);
            if (!sec.attachments.isEmpty()) {
                files.put(sec.sectionKey, sec.attachments.stream().map(a -> a.fileName + " sha256:" + a.sha256).toList());
            }
        }
        Review last = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        String lastReview = last == null ? null : last.decision + " of version " + last.versionNumber;
        return new SubmissionSnapshot(status, currentVersion, lastSubmittedAt, sections, files, ReportFields.parse(v.fields),
                lastReview);
    }
}

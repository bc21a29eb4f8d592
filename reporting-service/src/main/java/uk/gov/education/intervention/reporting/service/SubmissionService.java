package uk.gov.education.intervention.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.domain.Attachment;
import uk.gov.education.intervention.reporting.domain.AttachmentBlob;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.domain.Review;
import uk.gov.education.intervention.reporting.domain.ReviewComment;
import uk.gov.education.intervention.reporting.domain.ReviewDecision;
import uk.gov.education.intervention.reporting.domain.Section;
import uk.gov.education.intervention.reporting.domain.Submission;
import uk.gov.education.intervention.reporting.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.domain.SubmissionVersion;
import uk.gov.education.intervention.reporting.repository.AttachmentBlobRepository;
import uk.gov.education.intervention.reporting.boardmeeting.repository.BoardMeetingRepository;
import uk.gov.education.intervention.reporting.repository.SubmissionRepository;
import uk.gov.education.intervention.reporting.rest.AttachmentView;
import uk.gov.education.intervention.reporting.rest.ReviewRequest;
import uk.gov.education.intervention.reporting.rest.ReviewView;
import uk.gov.education.intervention.reporting.rest.SectionRequest;
import uk.gov.education.intervention.reporting.rest.SectionView;
import uk.gov.education.intervention.reporting.rest.SubmissionRequest;
import uk.gov.education.intervention.reporting.rest.SubmissionView;
import uk.gov.education.intervention.reporting.rest.VersionRequest;
import uk.gov.education.intervention.reporting.rest.VersionSummary;
import uk.gov.education.intervention.reporting.rest.VersionView;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.gov.education.intervention.reporting.schedule.service.DutyFeed;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;

/**
 * Submissions, their versions and reviews. A push to a due item adds a version to its report
 * (creating the report on the first push): the sections pushed replace the same contributors'
 * sections and the rest are carried forward, so every version is the whole report as it then
 * stood. Who writes and reads each section is {@link AccessPolicy}'s to say.
 */
@ApplicationScoped
public class SubmissionService {

    public static final String AUDIT_TYPE = "submission";
    private static final int MAX_FIELDS = 50;
    private static final int MAX_FIELD_TEXT = 2000;
    private static final String FIELD_NAME = "[A-Za-z][A-Za-z0-9_]{0,63}";

    /** The result of a push: the view, its ETag version and where the new version lives. */
    public record Stored(Versioned<SubmissionView> view, URI location) {
    }

    /** Content of a push, checked and decoded, ready to store. */
    record Push(List<PreparedSection> sections, ObjectNode fields, String note, AccessPolicy.Standing standing) {
    }

    record PreparedSection(String contributor, String organisationGss, String narrative,
                           List<AttachmentPolicy.Decoded> attachments) {
        String key() {
            return Section.key(contributor, organisationGss);
        }
    }

    /**
     * Who reads: the whole report, or only the sections with these keys (those the reader writes
     * today), the versions that wrote them, and the names of its own organisation's staff.
     */
    record Viewer(Set<String> sectionKeys, String organisation, String self) {
        static Viewer full() {
            return new Viewer(null, null, null);
        }

        boolean isFull() {
            return sectionKeys == null;
        }

        boolean sees(Section s) {
            return isFull() || sectionKeys.contains(s.sectionKey);
        }

        boolean sees(SubmissionVersion v) {
            return isFull() || v.sections.stream().anyMatch(s -> s.authoredInVersion == v.number && sees(s));
        }

        boolean sees(ReviewComment c) {
            return isFull() || sectionKeys.contains(c.sectionKey);
        }

        /** Whether the reader may see who pushed a version: its own organisation's staff, or itself. */
        boolean seesActor(String actor, String onBehalfOf) {
            return isFull() || (organisation != null && organisation.equals(onBehalfOf)) || (self != null && self.equals(actor));
        }
    }

    /** The audit log's picture of a submission: state, and which version wrote each section. */
    record AuditPicture(SubmissionStatus status, int currentVersion, OffsetDateTime lastSubmittedAt,
                        Map<String, Integer> sections, Map<String, List<String>> attachments, JsonNode fields,
                        String lastReview) {
    }

    @Inject
    SubmissionRepository submissions;

    @Inject
    AttachmentBlobRepository blobs;

    @Inject
    BoardMeetingRepository boardMeetings;

    @Inject
    DutyFeed feed;

    @Inject
    ScheduleService schedule;

    @Inject
    AccessPolicy access;

    @Inject
    AttachmentPolicy attachmentPolicy;

    @Inject
    IdempotencyService idempotency;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    Event<SubmissionMetrics.Stored> stored;

    // ---------------------------------------------------------------- pushes

    public Stored submit(SubmissionRequest r, IdempotencyService.Ticket ticket) {
        if (r.dueItemId() != null) {
            return submitForDueItem(r, ticket);
        }
        return submitAdHoc(r, ticket);
    }

    private Stored submitForDueItem(SubmissionRequest r, IdempotencyService.Ticket ticket) {
        DueItemId id = DueItemId.parse(r.dueItemId()).orElseThrow(() -> Problems.invalidField("dueItemId", DueItemId.MESSAGE));
        String council = id.councilGssCode();
        if (r.councilGssCode() != null && !r.councilGssCode().equals(council)) {
            throw Problems.invalidField("councilGssCode", "must be the due item's council, " + council + ", or left out");
        }
        if (r.dutyId() != null) {
            throw Problems.invalidField("dutyId", "is only for ad-hoc reports: a due item names its duty");
        }
        if (r.title() != null) {
            throw Problems.invalidField("title", "is only for ad-hoc reports: a due item has its duty's title");
        }
        AccessPolicy.Standing a = access.requireAny(council);
        List<Duty> duties = availableDuties();
        ScheduleService.DueItem item = schedule.find(id, duties)
                .orElseThrow(() -> Problems.notFound("Due item", r.dueItemId()));
        if (item.due().withdrawn()) {
            throw Problems.ruleViolated("due-item-withdrawn", "The due item was withdrawn",
                    "Direction " + item.duty().directionReference() + " was revoked on " + item.duty().inForceUntil()
                            + ", before " + r.dueItemId() + " fell due; nothing is owed for it.");
        }
        Push push = prepare(r.sections(), r.fields(), r.note(), a, item.duty(), null);
        return store(ticket, () -> {
            lock("due-item:" + id);
            if (item.duty().cadence() != null && item.duty().cadence().type() == CadenceType.PER_BOARD_MEETING
                    && boardMeetings.heldAndKept(council, id.dueOn()).isEmpty()) {
                // the meeting was cancelled since the item was found: it is owed nothing
                throw Problems.notFound("Due item", r.dueItemId());
            }
            Submission s = submissions.forDueItem(id.toString()).orElse(null);
            if (s == null) {
                s = newSubmission(council, item.duty(), item.duty().title());
                s.dueItemId = id.toString();
                s.dueOn = id.dueOn();
            }
            return addVersion(s, push);
        });
    }

    private Stored submitAdHoc(SubmissionRequest r, IdempotencyService.Ticket ticket) {
        if (r.councilGssCode() == null) {
            throw Problems.invalidField("councilGssCode", "is required for an ad-hoc report (one without dueItemId)");
        }
        if (r.title() == null || r.title().isBlank()) {
            throw Problems.invalidField("title", "is required for an ad-hoc report (one without dueItemId)");
        }
        String council = r.councilGssCode();
        AccessPolicy.Standing a = access.requireAny(council);
        Duty duty = null;
        if (r.dutyId() != null) {
            duty = availableDuties().stream().filter(d -> r.dutyId().equals(d.id())).findFirst()
                    .orElseThrow(() -> Problems.invalidField("dutyId", "'" + r.dutyId() + "' is not a duty of any issued or revoked direction"));
            if (!council.equals(duty.councilGssCode())) {
                throw Problems.invalidField("dutyId", "is a duty of council " + duty.councilGssCode() + ", not " + council);
            }
        }
        Push push = prepare(r.sections(), r.fields(), r.note(), a, duty, null);
        Duty d = duty;
        return store(ticket, () -> addVersion(newSubmission(council, d, r.title().trim()), push));
    }

    /** A new version of an existing submission (a resubmission). */
    public Stored resubmit(UUID id, VersionRequest r, IdempotencyService.Ticket ticket) {
        Submission existing = require(id);
        AccessPolicy.Standing a = access.requireAny(existing.councilGss);
        Duty duty = null;
        if (existing.dutyId != null) {
            duty = availableDuties().stream().filter(d -> existing.dutyId.equals(d.id())).findFirst().orElse(null);
        }
        Push push = prepare(r.sections(), r.fields(), r.note(), a, duty, existing);
        return store(ticket, () -> {
            // the same lock as a push to its due item, so that the two cannot both add version N + 1
            lock(existing.dueItemId != null ? "due-item:" + existing.dueItemId : "submission:" + id);
            Submission s = submissions.findById(id, LockModeType.PESSIMISTIC_WRITE);
            return addVersion(s, push);
        });
    }

    private List<Duty> availableDuties() {
        DutyFeed.Result result = feed.current();
        if (!result.available()) {
            throw Problems.dependencyUnavailable("directions-service",
                    "The duties of the directions cannot be read now (directions-service is unavailable), so the due item "
                            + "cannot be checked. Try again shortly.");
        }
        return result.duties();
    }

    private Stored store(IdempotencyService.Ticket ticket, Supplier<Stored> work) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Stored stored = work.get();
            idempotency.complete(ticket, 201, stored.view().body(), stored.location(), stored.view().etag());
            return stored;
        });
    }

    private void lock(String name) {
        submissions.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name).getSingleResult();
    }

    private Submission newSubmission(String council, Duty duty, String title) {
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.councilGss = council;
        s.title = title;
        s.createdBy = access.caller().subject();
        if (duty != null) {
            s.dutyId = duty.id();
            s.directionReference = duty.directionReference();
            s.kind = duty.kind();
        }
        s.currentVersion = 0;
        return s;
    }

    /**
     * Checks a push before anything is stored: each section is one the duty owes and one the caller
     * writes today (a 403 {@code section-writer} names the rule otherwise); an ad-hoc report that no
     * duty owes ({@code existing}, for a resubmission) takes sections only from those already in it,
     * the council's staff, its Commissioner and dfe-admin.
     */
    private Push prepare(List<SectionRequest> sections, ObjectNode fields, String note, AccessPolicy.Standing a, Duty duty,
                         Submission existing) {
        boolean admin = access.caller().hasRole(Roles.DFE_ADMIN);
        Set<String> adHocKeys = existing != null && existing.dutyId == null && !admin && !a.wholeReport()
                ? existing.current().sections.stream().map(sec -> sec.sectionKey).collect(Collectors.toSet())
                : null;
        List<PreparedSection> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionRequest s = sections.get(i);
            String field = "sections[" + i + "]";
            String contributor = s.contributor();
            if (!Contributors.ALL.contains(contributor)) {
                throw Problems.invalidField(field + ".contributor", "'" + contributor + "' is not a contributor; one of: "
                        + String.join(", ", Contributors.ALL));
            }
            if (duty != null && !duty.providersOrEmpty().contains(contributor)) {
                throw Problems.ruleViolated("section-not-owed", "This contributor owes no section of the report",
                        "Clause " + duty.clause() + " (" + duty.title() + ") is owed by " + String.join(", ", duty.providersOrEmpty())
                                + "; " + contributor + " is not one of them.");
            }
            String org = s.organisationGssCode();
            if (Contributors.isPartnerRole(contributor)) {
                if (org == null && !admin && a.organisation().isPresent()) {
                    org = a.organisation().get();
                } else if (org == null) {
                    throw Problems.invalidField(field + ".organisationGssCode",
                            "is required for a partner authority's section (" + contributor + "): name the partner's council");
                }
            } else if (org != null) {
                throw Problems.invalidField(field + ".organisationGssCode", "is only for a partner authority's section");
            }
            String refusal = a.writerRefusal(contributor, org);
            if (refusal != null) {
                throw Problems.forbidden(AccessPolicy.SECTION_WRITER, field + ": " + refusal);
            }
            String key = Section.key(contributor, org);
            if (adHocKeys != null && !adHocKeys.contains(key)) {
                throw Problems.forbidden(AccessPolicy.SECTION_WRITER, field + ": this ad-hoc report is owed by no duty, so it takes "
                        + "sections only from those already in it, the council's own staff, its Commissioner and dfe-admin.");
            }
            if (!keys.add(key)) {
                throw Problems.invalidField("sections", "has two sections from " + key);
            }
            if (s.attachmentsOrEmpty().size() > attachmentPolicy.maxPerSection()) {
                throw Problems.invalidField(field + ".attachments", "has more than " + attachmentPolicy.maxPerSection() + " attachments");
            }
            List<AttachmentPolicy.Decoded> files = new ArrayList<>();
            for (int j = 0; j < s.attachmentsOrEmpty().size(); j++) {
                files.add(attachmentPolicy.decode(s.attachmentsOrEmpty().get(j), field + ".attachments[" + j + "]"));
            }
            out.add(new PreparedSection(contributor, org, s.narrative().strip(), files));
        }
        if (fields != null && !fields.isEmpty() && !admin && !a.ownStaff() && !a.oversees()) {
            throw Problems.forbidden(AccessPolicy.REPORT_FIELDS, "The report's structured fields are written by the council's own "
                    + "staff, its Commissioner and dfe-admin; push your section only.");
        }
        checkFields(fields);
        String n = note == null || note.isBlank() ? null : note.strip();
        return new Push(out, fields, n, a);
    }

    private static void checkFields(ObjectNode fields) {
        if (fields == null) {
            return;
        }
        if (fields.size() > MAX_FIELDS) {
            throw Problems.invalidField("fields", "has more than " + MAX_FIELDS + " fields");
        }
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().matches(FIELD_NAME)) {
                throw Problems.invalidField("fields", "'" + e.getKey() + "' is not a field name (a letter, then letters, digits or _; up to 64)");
            }
            JsonNode v = e.getValue();
            if (!(v.isNull() || v.isTextual() || v.isNumber() || v.isBoolean())) {
                throw Problems.invalidField("fields." + e.getKey(), "must be a string, number, boolean or null");
            }
            if (v.isTextual() && v.textValue().length() > MAX_FIELD_TEXT) {
                throw Problems.invalidField("fields." + e.getKey(), "is longer than " + MAX_FIELD_TEXT + " characters");
            }
        }
    }

    private Stored addVersion(Submission s, Push push) {
        if (s.status == SubmissionStatus.ACCEPTED) {
            // named as the caller named it: a caller who may not read the report must not learn its id here
            throw Problems.ruleViolated("submission-accepted", "The submission was accepted",
                    (s.dueItemId != null ? "The report for due item " + s.dueItemId : "The report") + " was accepted on review; "
                            + "it takes no further versions.");
        }
        boolean first = s.currentVersion == 0;
        AuditPicture before = first ? null : picture(s);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SubmissionVersion previous = first ? null : s.current();

        SubmissionVersion v = new SubmissionVersion();
        v.id = UUID.randomUUID();
        v.submission = s;
        v.number = s.currentVersion + 1;
        v.submittedAt = now;
        v.submittedBy = access.caller().subject();
        v.submittedAs = callerRole();
        v.onBehalfOf = push.standing().organisation().orElse(null);
        v.note = push.note();
        v.fields = mergedFields(previous, push.fields());

        Map<String, PreparedSection> pushed = new LinkedHashMap<>();
        push.sections().forEach(p -> pushed.put(p.key(), p));
        int position = 0;
        if (previous != null) {
            for (Section old : previous.sections) {
                PreparedSection replacement = pushed.remove(old.sectionKey);
                v.sections.add(replacement != null ? newSection(v, replacement, position++) : carried(v, old, position++));
            }
        }
        for (PreparedSection p : pushed.values()) {
            v.sections.add(newSection(v, p, position++));
        }

        s.versions.add(v);
        s.currentVersion = v.number;
        s.lastSubmittedAt = now;
        if (first) {
            s.firstSubmittedAt = now;
        }
        s.status = s.status == SubmissionStatus.RETURNED && !returnAnswered(s) ? SubmissionStatus.RETURNED : SubmissionStatus.SUBMITTED;
        if (first) {
            submissions.persist(s);
        }
        submissions.flush();
        audit.record(AUDIT_TYPE, s.id.toString(), first ? "submitted" : "version-added", before, picture(s));
        stored.fire(new SubmissionMetrics.Stored(s.kind, first, v.submittedAs)); // counted once the transaction commits
        return new Stored(new Versioned<>(view(s, viewerOf(s, push.standing())), s.version),
                URI.create("/v1/submissions/" + s.id + "/versions/" + v.number));
    }

    /**
     * Whether the versions since the last return answer it, so that the report awaits review again:
     * every section a comment was addressed to has been revised and, if it had comments on the report
     * as a whole, the council's own staff (or dfe-admin) have pushed a version. A version from
     * someone the return was not addressed to leaves the report RETURNED.
     */
    private static boolean returnAnswered(Submission s) {
        Review last = s.reviews.get(s.reviews.size() - 1);
        List<SubmissionVersion> since = s.versions.stream().filter(v -> v.number > last.versionNumber).toList();
        Set<String> revised = new HashSet<>();
        for (SubmissionVersion v : since) {
            v.sections.stream().filter(sec -> sec.authoredInVersion == v.number).forEach(sec -> revised.add(sec.sectionKey));
        }
        boolean sectionsAnswered = last.sectionComments.stream().allMatch(c -> revised.contains(c.sectionKey));
        boolean reportAnswered = last.comments == null || since.stream()
                .anyMatch(v -> Roles.DFE_ADMIN.equals(v.submittedAs) || s.councilGss.equals(v.onBehalfOf));
        return sectionsAnswered && reportAnswered;
    }

    private String mergedFields(SubmissionVersion previous, ObjectNode pushed) {
        ObjectNode merged = mapper.createObjectNode();
        if (previous != null) {
            try {
                JsonNode old = mapper.readTree(previous.fields);
                if (old instanceof ObjectNode o) {
                    merged.setAll(o);
                }
            } catch (Exception e) {
                throw new IllegalStateException("stored fields of submission version " + previous.id + " are not JSON", e);
            }
        }
        if (pushed != null) {
            pushed.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    merged.remove(e.getKey());
                } else {
                    merged.set(e.getKey(), e.getValue());
                }
            });
        }
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        merged.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        ObjectNode out = mapper.createObjectNode();
        sorted.forEach(out::set);
        return out.toString();
    }

    private Section newSection(SubmissionVersion v, PreparedSection p, int position) {
        Section s = new Section();
        s.id = UUID.randomUUID();
        s.version = v;
        s.contributor = p.contributor();
        s.organisationGss = p.organisationGss();
        s.sectionKey = p.key();
        s.narrative = p.narrative();
        s.authoredInVersion = v.number;
        s.authoredBy = access.caller().subject();
        s.position = position;
        int i = 0;
        for (AttachmentPolicy.Decoded d : p.attachments()) {
            // stored once by its digest, also when two requests bring the same file at the same moment
            blobs.getEntityManager().createNativeQuery(
                            "INSERT INTO attachment_blob (sha256, content) VALUES (?1, ?2) ON CONFLICT (sha256) DO NOTHING")
                    .setParameter(1, d.sha256()).setParameter(2, d.bytes()).executeUpdate();
            Attachment a = new Attachment();
            a.id = UUID.randomUUID();
            a.section = s;
            a.fileName = d.fileName();
            a.contentType = d.contentType();
            a.sizeBytes = d.bytes().length;
            a.sha256 = d.sha256();
            a.position = i++;
            s.attachments.add(a);
        }
        return s;
    }

    private static Section carried(SubmissionVersion v, Section old, int position) {
        Section s = new Section();
        s.id = UUID.randomUUID();
        s.version = v;
        s.contributor = old.contributor;
        s.organisationGss = old.organisationGss;
        s.sectionKey = old.sectionKey;
        s.narrative = old.narrative;
        s.authoredInVersion = old.authoredInVersion;
        s.authoredBy = old.authoredBy;
        s.position = position;
        for (Attachment oa : old.attachments) {
            Attachment a = new Attachment();
            a.id = UUID.randomUUID();
            a.section = s;
            a.fileName = oa.fileName;
            a.contentType = oa.contentType;
            a.sizeBytes = oa.sizeBytes;
            a.sha256 = oa.sha256;
            a.position = oa.position;
            s.attachments.add(a);
        }
        return s;
    }

    private String callerRole() {
        for (String role : List.of(Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER, Roles.DFE_ANALYST)) {
            if (access.caller().hasRole(role)) {
                return role;
            }
        }
        return "unknown";
    }

    // ---------------------------------------------------------------- review

    public Versioned<SubmissionView> review(UUID id, String ifMatch, ReviewRequest r) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            // locked before its ETag is compared: reviews sent at once with one ETag then meet here, and all but
            // the first fail the If-Match check (412) instead of their write
            Submission s = submissions.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                throw Problems.notFound("Submission", id.toString());
            }
            access.requireOversight(s.councilGss);
            ETags.requireMatch(ifMatch, s.version);
            if (r.decision() == ReviewDecision.RETURN && (r.comments() == null || r.comments().isBlank())
                    && r.sectionCommentsOrEmpty().isEmpty()) {
                throw Problems.invalidField("comments", "is required when returning a submission (or sectionComments): say what must change");
            }
            List<ReviewComment> addressed = sectionComments(s, r);
            if (s.status != SubmissionStatus.SUBMITTED) {
                throw Problems.conflict("submission-not-awaiting-review", "Submission " + id + " is " + s.status
                        + (s.status == SubmissionStatus.RETURNED ? ": it awaits a resubmission." : ": it was already accepted."));
            }
            AuditPicture before = picture(s);
            Review review = new Review();
            review.id = UUID.randomUUID();
            review.submission = s;
            review.versionNumber = s.currentVersion;
            review.decision = r.decision();
            review.comments = r.comments() == null || r.comments().isBlank() ? null : r.comments().strip();
            review.reviewer = access.caller().subject();
            review.reviewedAt = OffsetDateTime.now(clock);
            for (ReviewComment c : addressed) {
                c.review = review;
                review.sectionComments.add(c);
            }
            s.reviews.add(review);
            s.status = r.decision() == ReviewDecision.ACCEPT ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
            submissions.flush();
            audit.record(AUDIT_TYPE, s.id.toString(), r.decision() == ReviewDecision.ACCEPT ? "accepted" : "returned", before, picture(s));
            return new Versioned<>(view(s, Viewer.full()), s.version);
        });
    }

    /** Comments addressed to sections: each to a section of the version reviewed, one per section. */
    private static List<ReviewComment> sectionComments(Submission s, ReviewRequest r) {
        Set<String> present = s.current().sections.stream().map(sec -> sec.sectionKey).collect(Collectors.toSet());
        List<ReviewComment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.sectionCommentsOrEmpty().size(); i++) {
            ReviewRequest.SectionComment c = r.sectionCommentsOrEmpty().get(i);
            String key = Section.key(c.contributor(), c.organisationGssCode());
            if (!present.contains(key)) {
                throw Problems.invalidField("sectionComments[" + i + "]", "addresses " + key + ", which is not a section of version "
                        + s.currentVersion + " (its sections: " + String.join(", ", new TreeSet<>(present)) + ")");
            }
            if (!seen.add(key)) {
                throw Problems.invalidField("sectionComments", "has two comments addressed to " + key);
            }
            ReviewComment rc = new ReviewComment();
            rc.id = UUID.randomUUID();
            rc.sectionKey = key;
            rc.contributor = c.contributor();
            rc.organisationGss = c.organisationGssCode();
            rc.comments = c.comments().strip();
            rc.position = i;
            out.add(rc);
        }
        return out;
    }

    // ---------------------------------------------------------------- reads

    public Submission require(UUID id) {
        Submission s = submissions.findById(id);
        if (s == null) {
            throw Problems.notFound("Submission", id.toString());
        }
        return s;
    }

    /** The whole report for those with whole-report standing; else the sections the caller writes today (403 if none). */
    Viewer viewerOf(Submission s) {
        AccessPolicy.Standing st = access.standing(s.councilGss);
        if (!st.any()) {
            throw Problems.forbidden(AccessPolicy.COUNCIL_ACCESS, "You have no standing for council " + s.councilGss + " on "
                    + access.today() + " (per councils-service), so you read none of its reports.");
        }
        Viewer viewer = viewerOf(s, st);
        if (!viewer.isFull() && s.versions.stream().flatMap(v -> v.sections.stream()).noneMatch(viewer::sees)) {
            throw Problems.forbidden(AccessPolicy.SECTION_READER, "You read only the sections of council " + s.councilGss
                    + "'s reports that you write on " + access.today() + ", and this report has none.");
        }
        return viewer;
    }

    private Viewer viewerOf(Submission s, AccessPolicy.Standing st) {
        return st.wholeReport() ? Viewer.full()
                : new Viewer(st.sectionKeys(), st.organisation().orElse(null), access.caller().subject());
    }

    public Versioned<SubmissionView> get(UUID id) {
        Submission s = require(id);
        return new Versioned<>(view(s, viewerOf(s)), s.version);
    }

    public List<VersionSummary> versions(UUID id) {
        Submission s = require(id);
        Viewer viewer = viewerOf(s);
        return s.versions.stream().filter(viewer::sees).map(v -> summary(v, viewer)).toList();
    }

    public VersionView version(UUID id, int number) {
        Submission s = require(id);
        Viewer viewer = viewerOf(s);
        SubmissionVersion v = s.versions.stream().filter(x -> x.number == number).findFirst()
                .orElseThrow(() -> Problems.notFound("Version", id + "/" + number));
        if (!viewer.sees(v)) {
            throw Problems.forbidden(AccessPolicy.SECTION_READER, "You read only the versions that wrote a section you may read; "
                    + "version " + number + " wrote none.");
        }
        return new VersionView(summary(v, viewer), viewer.isFull() ? fieldsOf(v) : null, sections(s, v, viewer));
    }

    /** The content of an attachment the caller may see, by its SHA-256. */
    public record AttachmentContent(String fileName, String contentType, byte[] bytes, String sha256) {
    }

    public AttachmentContent attachment(UUID id, String sha256) {
        Submission s = require(id);
        Viewer viewer = viewerOf(s);
        Attachment found = s.versions.stream().flatMap(v -> v.sections.stream()).filter(viewer::sees)
                .flatMap(sec -> sec.attachments.stream()).filter(a -> a.sha256.equals(sha256)).findFirst()
                .orElseThrow(() -> Problems.notFound("Attachment", sha256));
        AttachmentBlob blob = blobs.findById(sha256);
        return new AttachmentContent(found.fileName, found.contentType, blob.content, sha256);
    }

    /** Throws 403 unless the caller reads the whole of the submission's council's reports (for its audit history). */
    public void requireFull(UUID id) {
        access.requireWholeReport(require(id).councilGss);
    }

    /**
     * Submissions the caller may read, for one council or every council: all of a council's where it
     * reads the whole report, else those with a section it writes today. Answered the same way for
     * every role; a council where the caller has no standing is 403 when named.
     */
    public Page<SubmissionView> list(String council, String dueItemId, SubmissionStatus status, PageRequest page) {
        Filters f = new Filters()
                .and("s.dueItemId = :item", "item", dueItemId)
                .and("s.status = :status", "status", status);
        Map<String, AccessPolicy.Standing> reach;
        if (council != null) {
            f.and("s.councilGss = :council", "council", council);
            reach = Map.of(council, access.requireAny(council));
        } else {
            reach = access.everyCouncil();
        }
        if (reach != null) {
            List<String> terms = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            Set<String> whole = new TreeSet<>();
            int n = 0;
            for (var e : new TreeMap<>(reach).entrySet()) {
                if (e.getValue().wholeReport()) {
                    whole.add(e.getKey());
                } else if (!e.getValue().sectionKeys().isEmpty()) {
                    terms.add("(s.councilGss = :c" + n + " and exists (select 1 from Section x where x.version.submission = s "
                            + "and x.sectionKey in :k" + n + "))");
                    params.put("c" + n, e.getKey());
                    params.put("k" + n, e.getValue().sectionKeys());
                    n++;
                }
            }
            if (!whole.isEmpty()) {
                terms.add("s.councilGss in :whole");
                params.put("whole", whole);
            }
            if (terms.isEmpty()) {
                return new Page<>(List.of(), null, page.limit());
            }
            f.and("(" + String.join(" or ", terms) + ")", params);
        }
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            try {
                f.and("(s.firstSubmittedAt > :kt or (s.firstSubmittedAt = :kt and s.id > :kid))",
                        Map.of("kt", OffsetDateTime.parse(key.get(0)), "kid", UUID.fromString(key.get(1))));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        var query = submissions.getEntityManager()
                .createQuery("select s from Submission s where " + f.where() + " order by s.firstSubmittedAt, s.id", Submission.class)
                .setMaxResults(page.fetchSize());
        f.params().forEach(query::setParameter);
        List<Submission> rows = query.getResultList();
        return Page.of(rows, page, s -> List.of(s.firstSubmittedAt, s.id), s -> view(s, viewerOf(s)));
    }

    // ---------------------------------------------------------------- views

    SubmissionView view(Submission s, Viewer viewer) {
        SubmissionVersion current = s.current();
        Boolean onTime = s.dueOn == null ? null
                : DueItemStatusRules.onTime(schedule.receivedOn(s), s.dueOn, schedule.graceDays());
        return new SubmissionView(s.id, s.councilGss, s.dueItemId, s.dutyId, s.directionReference, s.dueOn, s.kind, s.title,
                s.status, onTime, s.currentVersion, s.firstSubmittedAt, s.lastSubmittedAt,
                viewer.isFull() ? fieldsOf(current) : null,
                sections(s, current, viewer),
                s.versions.stream().filter(viewer::sees).map(v -> summary(v, viewer)).toList(),
                s.reviews.stream().map(r -> review(r, viewer)).toList());
    }

    /** Every decision; for a reader of some sections, only the comments addressed to them and no reviewer. */
    private static ReviewView review(Review r, Viewer viewer) {
        return new ReviewView(r.versionNumber, r.decision, viewer.isFull() ? r.comments : null,
                r.sectionComments.stream().filter(viewer::sees)
                        .map(c -> new ReviewView.SectionCommentView(c.contributor, c.organisationGss, c.comments)).toList(),
                viewer.isFull() ? r.reviewer : null, r.reviewedAt);
    }

    private List<SectionView> sections(Submission s, SubmissionVersion v, Viewer viewer) {
        return v.sections.stream().filter(viewer::sees).map(sec -> new SectionView(sec.contributor, sec.organisationGss,
                sec.narrative, sec.authoredInVersion,
                viewer.seesActor(sec.authoredBy, onBehalfOf(s, sec.authoredInVersion)) ? sec.authoredBy : null,
                sec.attachments.stream().map(a -> new AttachmentView(a.fileName, a.contentType, a.sizeBytes, a.sha256,
                        "/v1/submissions/" + s.id + "/attachments/" + a.sha256)).toList())).toList();
    }

    private static VersionSummary summary(SubmissionVersion v, Viewer viewer) {
        return new VersionSummary(v.number, v.submittedAt, viewer.seesActor(v.submittedBy, v.onBehalfOf) ? v.submittedBy : null,
                v.submittedAs, v.onBehalfOf, v.note);
    }

    private static String onBehalfOf(Submission s, int versionNumber) {
        for (SubmissionVersion v : s.versions) {
            if (v.number == versionNumber) {
                return v.onBehalfOf;
            }
        }
        return null;
    }

    private JsonNode fieldsOf(SubmissionVersion v) {
        try {
            return mapper.readTree(v.fields);
        } catch (Exception e) {
            return mapper.createObjectNode();
        }
    }

    private AuditPicture picture(Submission s) {
        SubmissionVersion v = s.current();
        Map<String, Integer> sections = new TreeMap<>();
        Map<String, List<String>> files = new TreeMap<>();
        for (Section sec : v.sections) {
            sections.put(sec.sectionKey, sec.authoredInVersion);
            if (!sec.attachments.isEmpty()) {
                files.put(sec.sectionKey, sec.attachments.stream().map(a -> a.fileName + " sha256:" + a.sha256).toList());
            }
        }
        String lastReview = s.reviews.isEmpty() ? null : s.reviews.get(s.reviews.size() - 1).decision + " of version "
                + s.reviews.get(s.reviews.size() - 1).versionNumber;
        return new AuditPicture(s.status, s.currentVersion, s.lastSubmittedAt, sections, files, fieldsOf(v), lastReview);
    }
}

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
import uk.gov.education.intervention.reporting.domain.CadenceType;
import uk.gov.education.intervention.reporting.domain.DueItemId;
import uk.gov.education.intervention.reporting.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.domain.Duty;
import uk.gov.education.intervention.reporting.domain.Review;
import uk.gov.education.intervention.reporting.domain.ReviewDecision;
import uk.gov.education.intervention.reporting.domain.Section;
import uk.gov.education.intervention.reporting.domain.Submission;
import uk.gov.education.intervention.reporting.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.domain.SubmissionVersion;
import uk.gov.education.intervention.reporting.repository.AttachmentBlobRepository;
import uk.gov.education.intervention.reporting.repository.BoardMeetingRepository;
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
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Submissions, their versions and reviews. A push to a due item adds a version to its report
 * (creating the report on the first push): the sections pushed replace the same contributors'
 * sections and the rest are carried forward, so every version is the whole report as it then
 * stood. A partner authority pushes and sees only its own section.
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
    record Push(List<PreparedSection> sections, ObjectNode fields, String note, AccessPolicy.Access access) {
    }

    record PreparedSection(String contributor, String organisationGss, String narrative,
                           List<AttachmentPolicy.Decoded> attachments) {
        String key() {
            return Section.key(contributor, organisationGss);
        }
    }

    /** Who reads: everything, or (a partner authority) only the sections and versions of these councils' organisations. */
    record Viewer(Set<String> partnerOf) {
        static Viewer full() {
            return new Viewer(null);
        }

        boolean isFull() {
            return partnerOf == null;
        }

        boolean sees(Section s) {
            return isFull() || (s.organisationGss != null && partnerOf.contains(s.organisationGss));
        }

        boolean sees(SubmissionVersion v) {
            return isFull() || (v.onBehalfOf != null && partnerOf.contains(v.onBehalfOf));
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
        AccessPolicy.Access a = access.requireAny(council);
        List<Duty> duties = availableDuties();
        ScheduleService.DueItem item = schedule.find(id, duties)
                .orElseThrow(() -> Problems.notFound("Due item", r.dueItemId()));
        if (item.due().withdrawn()) {
            throw Problems.ruleViolated("due-item-withdrawn", "The due item was withdrawn",
                    "Direction " + item.duty().directionReference() + " was revoked on " + item.duty().inForceUntil()
                            + ", before " + r.dueItemId() + " fell due; nothing is owed for it.");
        }
        Push push = prepare(r.sections(), r.fields(), r.note(), a, item.duty());
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
        AccessPolicy.Access a = access.requireAny(council);
        Duty duty = null;
        if (r.dutyId() != null) {
            duty = availableDuties().stream().filter(d -> r.dutyId().equals(d.id())).findFirst()
                    .orElseThrow(() -> Problems.invalidField("dutyId", "'" + r.dutyId() + "' is not a duty of any issued or revoked direction"));
            if (!council.equals(duty.councilGssCode())) {
                throw Problems.invalidField("dutyId", "is a duty of council " + duty.councilGssCode() + ", not " + council);
            }
        }
        Push push = prepare(r.sections(), r.fields(), r.note(), a, duty);
        Duty d = duty;
        return store(ticket, () -> addVersion(newSubmission(council, d, r.title().trim()), push));
    }

    /** A new version of an existing submission (a resubmission). */
    public Stored resubmit(UUID id, VersionRequest r, IdempotencyService.Ticket ticket) {
        Submission existing = require(id);
        AccessPolicy.Access a = access.requireAny(existing.councilGss);
        Duty duty = null;
        if (existing.dutyId != null) {
            duty = availableDuties().stream().filter(d -> existing.dutyId.equals(d.id())).findFirst().orElse(null);
        }
        Push push = prepare(r.sections(), r.fields(), r.note(), a, duty);
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

    private Push prepare(List<SectionRequest> sections, ObjectNode fields, String note, AccessPolicy.Access a, Duty duty) {
        AccessPolicy.PartnerGrant partner = a.full() ? null : a.partner();
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
            if (partner == null) {
                requireWriter(contributor, field);
            }
            if (Contributors.isPartnerRole(contributor)) {
                if (partner != null) {
                    if (org == null) {
                        org = partner.partnerGss();
                    }
                    if (!org.equals(partner.partnerGss()) || !partner.roles().contains(contributor)) {
                        throw Problems.forbidden("A partner authority may push only its own section: " + String.join(" or ", partner.roles())
                                + " for " + partner.partnerGss() + ".");
                    }
                } else if (org == null) {
                    throw Problems.invalidField(field + ".organisationGssCode",
                            "is required for a partner authority's section (" + contributor + "): name the partner's council");
                }
            } else {
                if (partner != null) {
                    throw Problems.forbidden("A partner authority may push only its own section (" + String.join(" or ", partner.roles())
                            + " for " + partner.partnerGss() + "), not " + contributor + "'s.");
                }
                if (org != null) {
                    throw Problems.invalidField(field + ".organisationGssCode", "is only for a partner authority's section");
                }
            }
            if (!keys.add(Section.key(contributor, org))) {
                throw Problems.invalidField("sections", "has two sections from " + Section.key(contributor, org));
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
        if (fields != null && partner != null && !fields.isEmpty()) {
            throw Problems.forbidden("A partner authority pushes its own section only; the report's structured fields are the council's.");
        }
        checkFields(fields);
        String n = note == null || note.isBlank() ? null : note.strip();
        return new Push(out, fields, n, a);
    }

    /**
     * Only the contributor writes its section: the Commissioner's by commissioners, the council's by
     * its own users, a partner authority's by that authority; dfe-admin may write any on their behalf.
     */
    private void requireWriter(String contributor, String field) {
        if (access.caller().hasRole(Roles.DFE_ADMIN)) {
            return;
        }
        Set<String> writers = Contributors.writers(contributor);
        if (writers.stream().noneMatch(access.caller()::hasRole)) {
            throw Problems.forbidden(field + ": a " + contributor + " section is written by "
                    + (writers.isEmpty() ? "that partner authority itself" : String.join(" or ", writers))
                    + " (or dfe-admin on their behalf); your role does not write it.");
        }
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
            throw Problems.ruleViolated("submission-accepted", "The submission was accepted",
                    "Submission " + s.id + " was accepted on review; it takes no further versions.");
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
        v.onBehalfOf = push.access().full() ? null : push.access().partner().partnerGss();
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
        s.status = SubmissionStatus.SUBMITTED;
        if (first) {
            submissions.persist(s);
        }
        submissions.flush();
        audit.record(AUDIT_TYPE, s.id.toString(), first ? "submitted" : "version-added", before, picture(s));
        stored.fire(new SubmissionMetrics.Stored(s.kind, first, v.submittedAs)); // counted once the transaction commits
        Viewer viewer = push.access().full() ? Viewer.full() : new Viewer(Set.of(push.access().partner().partnerGss()));
        return new Stored(new Versioned<>(view(s, viewer), s.version),
                URI.create("/v1/submissions/" + s.id + "/versions/" + v.number));
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
            Submission s = require(id);
            access.requireOversight(s.councilGss);
            ETags.requireMatch(ifMatch, s.version);
            if (r.decision() == ReviewDecision.RETURN && (r.comments() == null || r.comments().isBlank())) {
                throw Problems.invalidField("comments", "is required when returning a submission: say what must change");
            }
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
            s.reviews.add(review);
            s.status = r.decision() == ReviewDecision.ACCEPT ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
            submissions.flush();
            audit.record(AUDIT_TYPE, s.id.toString(), r.decision() == ReviewDecision.ACCEPT ? "accepted" : "returned", before, picture(s));
            return new Versioned<>(view(s, Viewer.full()), s.version);
        });
    }

    // ---------------------------------------------------------------- reads

    public Submission require(UUID id) {
        Submission s = submissions.findById(id);
        if (s == null) {
            throw Problems.notFound("Submission", id.toString());
        }
        return s;
    }

    /** Full access to the council, or a partner authority whose organisation wrote a section; else 403. */
    Viewer viewerOf(Submission s) {
        if (access.fullAccess(s.councilGss)) {
            return Viewer.full();
        }
        Set<String> own = access.ownCouncils();
        if (access.caller().hasRole(Roles.COUNCIL_REPORTER) && !own.isEmpty()) {
            Viewer partner = new Viewer(own);
            boolean wrote = s.versions.stream().anyMatch(v -> partner.sees(v) || v.sections.stream().anyMatch(partner::sees));
            if (wrote) {
                return partner;
            }
        }
        throw Problems.forbidden("Your token does not grant access to council " + s.councilGss + "'s submissions.");
    }

    public Versioned<SubmissionView> get(UUID id) {
        Submission s = require(id);
        return new Versioned<>(view(s, viewerOf(s)), s.version);
    }

    public List<VersionSummary> versions(UUID id) {
        Submission s = require(id);
        Viewer viewer = viewerOf(s);
        return s.versions.stream().filter(viewer::sees).map(SubmissionService::summary).toList();
    }

    public VersionView version(UUID id, int number) {
        Submission s = require(id);
        Viewer viewer = viewerOf(s);
        SubmissionVersion v = s.versions.stream().filter(x -> x.number == number).findFirst()
                .orElseThrow(() -> Problems.notFound("Version", id + "/" + number));
        if (!viewer.sees(v)) {
            throw Problems.forbidden("A partner authority may read only the versions it pushed.");
        }
        return new VersionView(summary(v), viewer.isFull() ? fieldsOf(v) : null, sections(s, v, viewer));
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

    /** Throws 403 unless the caller has full access to the submission's council (for its audit history). */
    public void requireFull(UUID id) {
        access.requireFull(require(id).councilGss);
    }

    public Page<SubmissionView> list(String council, String dueItemId, SubmissionStatus status, PageRequest page) {
        Filters f = new Filters()
                .and("s.dueItemId = :item", "item", dueItemId)
                .and("s.status = :status", "status", status);
        if (council != null) {
            f.and("s.councilGss = :council", "council", council);
            if (!access.fullAccess(council)) {
                if (!access.caller().hasRole(Roles.COUNCIL_REPORTER)) {
                    throw Problems.forbidden("Your token does not grant access to council " + council + ".");
                }
                // another council's users see only the reports their organisation contributed to, as partner
                f.and("exists (select 1 from Section x where x.version.submission = s and x.organisationGss in :own)",
                        Map.of("own", access.ownCouncils()));
            }
        } else if (!access.isDfe()) {
            Set<String> own = access.ownCouncils();
            if (own.isEmpty()) {
                return new Page<>(List.of(), null, page.limit());
            }
            if (access.caller().hasRole(Roles.COUNCIL_REPORTER)) {
                // a council's users also list the reports their organisation contributed to, as partner
                f.and("(s.councilGss in :own or exists (select 1 from Section x where x.version.submission = s "
                        + "and x.organisationGss in :own))", Map.of("own", own));
            } else {
                f.and("s.councilGss in :own", Map.of("own", own));
            }
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
                s.versions.stream().filter(viewer::sees).map(SubmissionService::summary).toList(),
                s.reviews.stream().map(r -> new ReviewView(r.versionNumber, r.decision, r.comments, r.reviewer, r.reviewedAt)).toList());
    }

    private List<SectionView> sections(Submission s, SubmissionVersion v, Viewer viewer) {
        return v.sections.stream().filter(viewer::sees).map(sec -> new SectionView(sec.contributor, sec.organisationGss,
                sec.narrative, sec.authoredInVersion, sec.authoredBy,
                sec.attachments.stream().map(a -> new AttachmentView(a.fileName, a.contentType, a.sizeBytes, a.sha256,
                        "/v1/submissions/" + s.id + "/attachments/" + a.sha256)).toList())).toList();
    }

    private static VersionSummary summary(SubmissionVersion v) {
        return new VersionSummary(v.number, v.submittedAt, v.submittedBy, v.submittedAs, v.onBehalfOf, v.note);
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

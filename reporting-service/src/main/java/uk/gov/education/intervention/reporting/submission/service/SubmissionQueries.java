package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.submission.domain.Attachment;
import uk.gov.education.intervention.reporting.submission.domain.AttachmentBlob;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionVersion;
import uk.gov.education.intervention.reporting.submission.domain.Viewer;
import uk.gov.education.intervention.reporting.submission.repository.AttachmentBlobRepository;
import uk.gov.education.intervention.reporting.submission.repository.SubmissionRepository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/** Reads of submissions, each showing the caller what it may read ({@link SubmissionReaders}). */
@ApplicationScoped
public class SubmissionQueries {

    /** A version as one reader may see it. */
    public record VersionRead(Submission submission, SubmissionVersion version, Viewer viewer) {
    }

    /** The content of an attachment the caller may see, by its SHA-256. */
    public record AttachmentContent(String fileName, String contentType, byte[] bytes, String sha256) {
    }

    /**
     * A page of a list: the filters, how many rows to fetch, and the key the page starts after (as
     * the cursor carries it: first-submission time and id), read only once the caller's reach is known.
     */
    public record ListQuery(String council, String dueItemId, SubmissionStatus status, int fetchSize,
                            Supplier<List<String>> after) {
    }

    @Inject
    SubmissionRepository submissions;

    @Inject
    AttachmentBlobRepository blobs;

    @Inject
    AccessPolicy access;

    @Inject
    SubmissionReaders readers;

    public Submission require(UUID id) {
        Submission s = submissions.findById(id);
        if (s == null) {
            throw new NotFound("Submission", id.toString());
        }
        return s;
    }

    public SubmissionRead get(UUID id) {
        Submission s = require(id);
        return readers.read(s, readers.viewerOf(s));
    }

    public List<VersionRead> versions(UUID id) {
        Submission s = require(id);
        Viewer viewer = readers.viewerOf(s);
        return s.versions.stream().filter(viewer::sees).map(v -> new VersionRead(s, v, viewer)).toList();
    }

    public VersionRead version(UUID id, int number) {
        Submission s = require(id);
        Viewer viewer = readers.viewerOf(s);
        SubmissionVersion v = s.version(number).orElseThrow(() -> new NotFound("Version", id + "/" + number));
        if (!viewer.sees(v)) {
            throw new AccessDenied(AccessPolicy.SECTION_READER, "You read only the versions that wrote a section you may read; "
                    + "version " + number + " wrote none.");
        }
        return new VersionRead(s, v, viewer);
    }

    public AttachmentContent attachment(UUID id, String sha256) {
        Submission s = require(id);
        Viewer viewer = readers.viewerOf(s);
        Attachment found = s.versions.stream().flatMap(v -> v.sections.stream()).filter(viewer::sees)
                .flatMap(sec -> sec.attachments.stream()).filter(a -> a.sha256.equals(sha256)).findFirst()
                .orElseThrow(() -> new NotFound("Attachment", sha256));
        AttachmentBlob blob = blobs.findById(sha256);
        return new AttachmentContent(found.fileName, found.contentType, blob.content, sha256);
    }

    /** Throws 403 unless the caller reads the whole of the submission's council's reports (for its audit history). */
    public void requireFull(UUID id) {
        access.requireWholeReport(require(id).councilGss);
    }

    /**
     * Submissions the caller may read (one more than the page, when there are more), for one council
     * or every council: all of a council's where it reads the whole report, else those with a
     * section it writes today. Answered the same way for every role; a council where the caller has
     * no standing is 403 when named.
     */
    public List<SubmissionRead> list(ListQuery q) {
        Map<String, AccessPolicy.Standing> reach = q.council() != null
                ? Map.of(q.council(), access.requireAny(q.council())) : access.everyCouncil();
        SubmissionRepository.Reach scope = reach == null ? null : scope(reach);
        if (scope != null && scope.isEmpty()) {
            return List.of();
        }
        OffsetDateTime afterAt = null;
        UUID afterId = null;
        List<String> key = q.after().get();
        if (key != null) {
            try {
                afterAt = OffsetDateTime.parse(key.get(0));
                afterId = UUID.fromString(key.get(1));
            } catch (RuntimeException e) {
                throw new InvalidInput("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        return submissions.list(new SubmissionRepository.ListFilter(q.council(), q.dueItemId(), q.status(), scope, afterAt,
                afterId, q.fetchSize())).stream().map(s -> readers.read(s, readers.viewerOf(s))).toList();
    }

    private static SubmissionRepository.Reach scope(Map<String, AccessPolicy.Standing> reach) {
        Set<String> whole = new TreeSet<>();
        Map<String, Set<String>> sections = new HashMap<>();
        reach.forEach((council, st) -> {
            if (st.wholeReport()) {
                whole.add(council);
            } else {
                sections.put(council, st.sectionKeys());
            }
        });
        return new SubmissionRepository.Reach(whole, sections);
    }
}

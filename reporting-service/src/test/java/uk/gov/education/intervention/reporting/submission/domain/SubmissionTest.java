package uk.gov.education.intervention.reporting.submission.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The submission's own changes and their rules, without a database. */
class SubmissionTest {

    private static final String STOKE = "E06000021";
    private static final String STOCKPORT = "E08000007";
    private static final String PIP = "PARTNER_IN_PRACTICE";
    private static final OffsetDateTime T1 = OffsetDateTime.of(2019, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime T2 = T1.plusDays(1);
    private static final OffsetDateTime T3 = T1.plusDays(2);

    private static SectionDraft section(String contributor, String org, String text, SectionDraft.AttachedFile... files) {
        return new SectionDraft(contributor, org, text, List.of(files));
    }

    /** A push by the council's own staff. */
    private static VersionDraft byCouncil(SectionDraft... sections) {
        return new VersionDraft("staff@stoke", "council-reporter", STOKE, List.of(sections), null, null);
    }

    /** A push by the partner authority's staff. */
    private static VersionDraft byPartner(SectionDraft... sections) {
        return new VersionDraft("staff@stockport", "council-reporter", STOCKPORT, List.of(sections), null, null);
    }

    private static Submission submitted() {
        Submission s = Submission.open(STOKE, "Monthly progress report", "staff@stoke");
        s.addVersion(byCouncil(section("COUNCIL", null, "Twelve posts filled."),
                section(PIP, STOCKPORT, "Audited 40 cases.", new SectionDraft.AttachedFile("audit.pdf", "application/pdf", 3, "ab"))), T1);
        return s;
    }

    @Test
    void theFirstVersionMakesTheReportSubmitted() {
        Submission s = submitted();
        assertEquals(SubmissionStatus.SUBMITTED, s.status);
        assertEquals(1, s.currentVersion);
        assertEquals(T1, s.firstSubmittedAt);
        assertEquals(List.of("COUNCIL", PIP + ":" + STOCKPORT), s.current().sections.stream().map(x -> x.sectionKey).toList());
        assertEquals("staff@stoke", s.current().sections.get(1).authoredBy);
    }

    @Test
    void aLaterVersionReplacesThePushedSectionsAndCarriesTheRestForward() {
        Submission s = submitted();
        s.addVersion(byCouncil(section("COUNCIL", null, "Fourteen posts filled."), section("DIRECTOR_OF_CHILDRENS_SERVICES", null, "New.")), T2);
        SubmissionVersion v2 = s.current();
        assertEquals(2, v2.number);
        assertEquals(List.of("COUNCIL", PIP + ":" + STOCKPORT, "DIRECTOR_OF_CHILDRENS_SERVICES"),
                v2.sections.stream().map(x -> x.sectionKey).toList());
        assertEquals(List.of(2, 1, 2), v2.sections.stream().map(x -> x.authoredInVersion).toList());
        assertEquals(List.of(0, 1, 2), v2.sections.stream().map(x -> x.position).toList());
        assertEquals("Fourteen posts filled.", v2.sections.get(0).narrative);
        assertEquals("audit.pdf", v2.sections.get(1).attachments.get(0).fileName);
        assertEquals(T1, s.firstSubmittedAt);
        assertEquals(T2, s.lastSubmittedAt);
        assertEquals(1, s.versions.get(0).sections.get(0).authoredInVersion, "the first version is left as it was");
    }

    @Test
    void fieldsAreMergedKeyByKeyAndANullRemovesOne() {
        ObjectMapper json = new ObjectMapper();
        Submission s = Submission.open(STOKE, "Report", "staff@stoke");
        ObjectNode first = json.createObjectNode().put("rag", "AMBER").put("caseload", 18);
        s.addVersion(new VersionDraft("a", "council-reporter", STOKE, List.of(section("COUNCIL", null, "x")), first, null), T1);
        ObjectNode second = json.createObjectNode().put("agency", 22).putNull("caseload");
        s.addVersion(new VersionDraft("a", "council-reporter", STOKE, List.of(section("COUNCIL", null, "y")), second, null), T2);
        assertEquals("{\"agency\":22,\"rag\":\"AMBER\"}", s.current().fields);
    }

    @Test
    void twoSectionsFromOneContributorAreRefused() {
        Submission s = Submission.open(STOKE, "Report", "staff@stoke");
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> s.addVersion(byCouncil(section("COUNCIL", null, "a"), section("COUNCIL", null, "b")), T1));
        assertEquals("sections", e.errors().get(0).field());
        assertEquals(0, s.versions.size());
    }

    @Test
    void acceptingEndsTheReportsVersions() {
        Submission s = submitted();
        Review r = s.accept(null, List.of(), "admin", T2);
        assertEquals(SubmissionStatus.ACCEPTED, s.status);
        assertEquals(ReviewDecision.ACCEPT, r.decision);
        assertEquals(1, r.versionNumber);
        RuleViolation e = assertThrows(RuleViolation.class, () -> s.addVersion(byCouncil(section("COUNCIL", null, "late")), T3));
        assertEquals("submission-accepted", e.rule());
        assertEquals(1, s.currentVersion);
    }

    @Test
    void returningNeedsCommentsOnTheReportOrItsSections() {
        Submission s = submitted();
        InvalidInput e = assertThrows(InvalidInput.class, () -> s.returnForChanges("  ", List.of(), "commissioner", T2));
        assertEquals("comments", e.errors().get(0).field());
        assertEquals(SubmissionStatus.SUBMITTED, s.status);
        assertEquals(0, s.reviews.size());
    }

    @Test
    void aCommentAddressesASectionOfTheVersionReviewedOnceOnly() {
        Submission s = submitted();
        InvalidInput absent = assertThrows(InvalidInput.class, () -> s.returnForChanges(null,
                List.of(new SectionCommentDraft(PIP, "E06000035", "Which teams?")), "commissioner", T2));
        assertEquals("sectionComments[0]", absent.errors().get(0).field());
        InvalidInput twice = assertThrows(InvalidInput.class, () -> s.returnForChanges(null, List.of(
                new SectionCommentDraft("COUNCIL", null, "a"), new SectionCommentDraft("COUNCIL", null, "b")), "commissioner", T2));
        assertEquals("sectionComments", twice.errors().get(0).field());
    }

    @Test
    void onlyAReportAwaitingReviewIsReviewed() {
        Submission s = submitted();
        s.returnForChanges("Add caseloads.", List.of(), "commissioner", T2);
        Conflict e = assertThrows(Conflict.class, () -> s.review(ReviewDecision.ACCEPT, null, List.of(), "admin", T3));
        assertEquals("submission-not-awaiting-review", e.slug());
        assertEquals(1, s.reviews.size());
    }

    @Test
    void aReturnedReportAwaitsReviewAgainOnlyOnceEveryAddressedSectionIsRevised() {
        Submission s = submitted();
        Review r = s.returnForChanges(null, List.of(new SectionCommentDraft(PIP, STOCKPORT, " What did the audits find? ")),
                "commissioner", T2);
        assertNull(r.comments);
        assertEquals("What did the audits find?", r.sectionComments.get(0).comments);
        assertEquals(SubmissionStatus.RETURNED, s.status);
        s.addVersion(byCouncil(section("COUNCIL", null, "Unasked revision.")), T2);
        assertEquals(SubmissionStatus.RETURNED, s.status, "the section addressed is not yet revised");
        s.addVersion(byPartner(section(PIP, STOCKPORT, "The audits found...")), T3);
        assertEquals(SubmissionStatus.SUBMITTED, s.status);
        assertEquals(3, s.currentVersion);
    }

    @Test
    void commentsOnTheWholeReportAreAnsweredByTheCouncilsStaffOrDfeAdmin() {
        Submission s = submitted();
        s.returnForChanges("The council must add caseloads.", List.of(), "commissioner", T2);
        s.addVersion(byPartner(section(PIP, STOCKPORT, "More.")), T2);
        assertEquals(SubmissionStatus.RETURNED, s.status, "a partner's version does not answer the council's return");
        s.addVersion(new VersionDraft("admin", "dfe-admin", null, List.of(section("COUNCIL", null, "Caseloads: 18.")), null, null), T3);
        assertEquals(SubmissionStatus.SUBMITTED, s.status);
    }

    @Test
    void theSnapshotSaysWhichVersionWroteEachSectionAndTheLastDecision() {
        Submission s = submitted();
        s.addVersion(byCouncil(section("COUNCIL", null, "Revised.")), T2);
        s.accept(null, List.of(), "admin", T3);
        SubmissionSnapshot snap = s.snapshot();
        assertEquals(Map.of("COUNCIL", 2, PIP + ":" + STOCKPORT, 1), snap.sections());
        assertEquals(Map.of(PIP + ":" + STOCKPORT, List.of("audit.pdf sha256:ab")), snap.attachments());
        assertEquals("ACCEPT of version 2", snap.lastReview());
        assertEquals(SubmissionStatus.ACCEPTED, snap.status());
    }
}

package uk.gov.education.intervention.platform.domain;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.problem.DomainProblems;
import uk.gov.education.intervention.platform.rest.ETags;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each domain exception becomes the problem the suite has always answered for that case. */
class DomainProblemsTest {

    @Test
    void eachKindHasItsStatusAndType() {
        assertProblem(new NotFound("Council", "E06000021"), 404, "not-found", "Council 'E06000021' does not exist.");
        assertProblem(new RuleViolation("framework-in-force", "Wrong framework", "SIF ended."), 422, "framework-in-force", "SIF ended.");
        assertProblem(new Conflict("duplicate", "Already there."), 409, "duplicate", "Already there.");
        assertProblem(new AccessDenied("section-writer", "Not yours."), 403, "forbidden", "Not yours.");
        assertProblem(new DependencyUnavailable("councils-service", "Down."), 503, "dependency-unavailable", "Down.");
        assertProblem(new NotAuthenticated("feed-token-invalid", "Feed token not valid", "Altered."), 401, "feed-token-invalid", "Altered.");
    }

    @Test
    void aRuleViolationNamesItsRule() {
        HttpProblem p = DomainProblems.toProblem(new RuleViolation("framework-in-force", "t", "d"));
        assertEquals("framework-in-force", p.getParameters().get("rule"));
        assertEquals(null, DomainProblems.toProblem(new AccessDenied("plain")).getParameters().get("rule"));
    }

    @Test
    void invalidInputListsEveryFieldInTheDetail() {
        HttpProblem p = DomainProblems.toProblem(new InvalidInput(List.of(
                new FieldError("dueDate", "must be a date"), new FieldError("", "the body is empty"))));
        assertEquals(400, p.getStatusCode());
        assertEquals("dueDate: must be a date; the body is empty", p.getDetail());
        assertEquals(List.of(Map.of("field", "dueDate", "message", "must be a date"),
                Map.of("field", "", "message", "the body is empty")), p.getParameters().get("errors"));
        assertThrows(IllegalArgumentException.class, () -> new InvalidInput(List.of()));
    }

    @Test
    void aStaleVersionCarriesTheCurrentTag() {
        HttpProblem p = DomainProblems.toProblem(new StaleVersion(7));
        assertEquals(412, p.getStatusCode());
        assertEquals("\"7\"", p.getHeaders().get("ETag"));
    }

    @Test
    void anOversizedInputKeepsItsFieldErrors() {
        HttpProblem p = DomainProblems.toProblem(new LimitExceeded("attachment-too-large", "Attachment too large",
                "too big", List.of(new FieldError("a.contentBase64", "too big"))));
        assertEquals(413, p.getStatusCode());
        assertEquals(List.of(Map.of("field", "a.contentBase64", "message", "too big")), p.getParameters().get("errors"));
    }

    @Test
    void ifMatchIsReadIntoTheExpectedVersions() {
        assertDoesNotThrow(() -> ETags.expected("\"3\"").check(3));
        assertDoesNotThrow(() -> ETags.expected("\"1\", \"3\"").check(3));
        assertDoesNotThrow(() -> ETags.expected("*").check(99));
        assertThrows(StaleVersion.class, () -> ETags.expected("\"2\"").check(3));
        assertThrows(StaleVersion.class, () -> ETags.expected("\"+3\"").check(3));
        assertEquals(428, assertThrows(HttpProblem.class, () -> ETags.expected(" ")).getStatusCode());
        assertEquals(Set.of(1L, 3L), ETags.expected("\"1\",\"3\",\"x\"").versions());
    }

    private static void assertProblem(DomainException e, int status, String slug, String detail) {
        HttpProblem p = DomainProblems.toProblem(e);
        assertEquals(status, p.getStatusCode());
        assertEquals("urn:problem-type:intervention:" + slug, p.getType().toString());
        assertEquals(detail, p.getDetail());
    }
}

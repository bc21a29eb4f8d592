package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.reporting.Downstream.ELEANOR;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.ORGANISATIONS;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.map;
import static uk.gov.education.intervention.reporting.ImprovementPlanResourceTest.plan;
import static uk.gov.education.intervention.reporting.ImprovementPlanResourceTest.planEtag;

/**
 * An action's owner is checked with councils-service (its stand-in, held to councils-service's contract) when the
 * action is added or revised: known roles, organisations and people are taken; an unknown one is 422 and a
 * councils-service that cannot answer 503, and neither leaves anything in the plan. Essex's plan is this test's.
 */
@QuarkusTest
class ImprovementPlanOwnerTest extends StandInTest {

    private static final String NO_SUCH_ID = "b0000000-0000-4000-8000-0000000000ff";

    @Override
    LocalDate today() {
        return LocalDate.of(2023, 6, 15);
    }

    private static Map<String, Object> action(String statement, String kind, String reference) {
        return map("statement", statement, "stage", "LEADERSHIP_AND_MANAGEMENT", "owner", map("kind", kind, "reference", reference),
                "targetDate", "2024-03-31");
    }

    /** The plan's actions as stored (statement and owner reference of each) and its ETag. */
    private static List<String> stored() {
        var r = admin().get(plan(ESSEX)).then().statusCode(200).extract();
        List<String> actions = r.path("actions.collect { it.statement + ' / ' + it.owner.kind + ' ' + it.owner.reference }");
        return java.util.stream.Stream.concat(actions.stream(), java.util.stream.Stream.of(r.header("ETag"))).toList();
    }

    @Test
    void aKnownRoleOrganisationOrPersonOwnsAnAction() {
        String id = admin().header("If-Match", planEtag(ESSEX)).body(action("Appoint a permanent DCS.", "ROLE", "DIRECTOR_OF_CHILDRENS_SERVICES"))
                .post(plan(ESSEX) + "/actions").then().statusCode(201)
                .body("owner.reference", equalTo("DIRECTOR_OF_CHILDRENS_SERVICES")).extract().path("id");
        admin().header("If-Match", planEtag(ESSEX)).body(action("Share practice with Essex.", "ORGANISATION", ORGANISATIONS.get(STOCKPORT)))
                .put(plan(ESSEX) + "/actions/" + id).then().statusCode(200).body("owner.kind", equalTo("ORGANISATION"))
                .body("owner.reference", equalTo(ORGANISATIONS.get(STOCKPORT)));
        Downstream.clearJournals();
        admin().header("If-Match", planEtag(ESSEX)).body(action("Chair the practice review.", "PERSON", ELEANOR))
                .post(plan(ESSEX) + "/actions").then().statusCode(201).body("owner.reference", equalTo(ELEANOR));
        assertEquals(1, Downstream.ownerLookups(), "one look-up for the owner of the action added");
    }

    @Test
    void anOwnerCouncilsServiceDoesNotHoldIsRefusedAndNothingIsStored() {
        String id = admin().header("If-Match", planEtag(ESSEX)).body(action("Audit supervision records.", "ROLE", "DIRECTOR_OF_CHILDRENS_SERVICES"))
                .post(plan(ESSEX) + "/actions").then().statusCode(201).extract().path("id");
        List<String> before = stored();
        String etag = planEtag(ESSEX);
        for (String[] owner : List.of(new String[]{"ROLE", "CHIEF_EXECUTIVE"}, new String[]{"ORGANISATION", NO_SUCH_ID},
                new String[]{"PERSON", NO_SUCH_ID}, new String[]{"PERSON", "not-an-id"},
                // a role code is no person, an organisation's id no role
                new String[]{"PERSON", "DIRECTOR_OF_CHILDRENS_SERVICES"}, new String[]{"ROLE", ORGANISATIONS.get(STOCKPORT)})) {
            Map<String, Object> body = action("Owned by nobody.", owner[0], owner[1]);
            admin().header("If-Match", etag).body(body).post(plan(ESSEX) + "/actions").then().statusCode(422)
                    .contentType("application/problem+json").body("rule", equalTo("unknown-action-owner"))
                    .body("detail", containsString("owner.reference")).body("detail", containsString(owner[1]));
            admin().header("If-Match", etag).body(body).put(plan(ESSEX) + "/actions/" + id).then().statusCode(422)
                    .body("rule", equalTo("unknown-action-owner"));
        }
        assertEquals(before, stored(), "nothing is stored");
    }

    @Test
    void whileCouncilsServiceCannotAnswerNoOwnerIsTakenUnchecked() {
        String id = admin().header("If-Match", planEtag(ESSEX)).body(action("Review the front door.", "ROLE", "DIRECTOR_OF_CHILDRENS_SERVICES"))
                .post(plan(ESSEX) + "/actions").then().statusCode(201).extract().path("id");
        List<String> before = stored();
        String etag = planEtag(ESSEX);
        Downstream.councilsDown();
        for (String[] owner : List.of(new String[]{"ROLE", "DIRECTOR_OF_CHILDRENS_SERVICES"}, new String[]{"ORGANISATION", ORGANISATIONS.get(STOCKPORT)},
                new String[]{"PERSON", ELEANOR})) {
            Map<String, Object> body = action("Owned, but who can say.", owner[0], owner[1]);
            admin().header("If-Match", etag).body(body).post(plan(ESSEX) + "/actions").then().statusCode(503)
                    .contentType("application/problem+json").body("dependency", equalTo("councils-service"))
                    .body("detail", containsString("owner")).body("detail", containsString("cannot be checked now"));
            admin().header("If-Match", etag).body(body).put(plan(ESSEX) + "/actions/" + id).then().statusCode(503);
        }
        Downstream.reset();
        circuits.resetAll();
        // too slow is no answer either (the call's timeout is 2 s)
        Downstream.councilsDelayed(2_500);
        admin().header("If-Match", etag).body(action("Owned, but who can say.", "PERSON", ELEANOR)).post(plan(ESSEX) + "/actions")
                .then().statusCode(503).body("dependency", equalTo("councils-service"));
        Downstream.councilsDelayed(0);
        assertEquals(before, stored(), "nothing is stored");
        assertTrue(before.size() > 1);
    }
}

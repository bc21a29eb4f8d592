package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.directions.Drafts.at;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * A direction's life: drafted and edited with If-Match, issued (the council confirmed with
 * councils-service, the text frozen), revoked by its successor or by a revocation with a date; and
 * the queries over it: in force on a date, a council's chain, filters and pages. Each test works on
 * test councils of its own.
 */
@QuarkusTest
class DirectionLifecycleTest {

    private static String council() {
        return CouncilsServiceStub.testCouncil();
    }

    private static List<String> inForce(String gss, String day) {
        return analyst().queryParam("council", gss).queryParam("inForceOn", day).get("/v1/directions").then()
                .statusCode(200).extract().jsonPath().getList("items.reference");
    }

    @Test
    void aDraftIsEditedWithIfMatchAndIssuedWithTheCouncilConfirmed() {
        String gss = council();
        String ref = reference(gss, "2021-02-01");
        Map<String, Object> body = Drafts.direction(gss, "2021-02-01");
        var created = admin().body(body).post("/v1/directions").then()
                .statusCode(201)
                .header("Location", endsWith("/v1/directions/" + ref))
                .body("reference", equalTo(ref))
                .body("status", equalTo("DRAFT"))
                .body("councilName", nullValue())
                .body("issuedAt", nullValue())
                .body("duties.code", contains("monthly-progress-report", "improvement-plan", "minister-report"))
                .extract();
        String etag = created.header("ETag");
        assertEquals(etag, Drafts.etag(ref));

        body.put("title", "A retitled draft");
        admin().body(body).put("/v1/directions/" + ref).then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:precondition-required"));
        admin().header("If-Match", "\"41\"").body(body).put("/v1/directions/" + ref).then()
                .statusCode(412).contentType("application/problem+json")
                .header("ETag", equalTo(etag));
        analyst().get("/v1/directions/" + ref).then().body("title", not(equalTo("A retitled draft")));

        String edited = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then()
                .statusCode(200)
                .body("title", equalTo("A retitled draft"))
                .extract().header("ETag");
        assertNotEquals(etag, edited);
        // the old tag is stale now
        admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(412);

        // a change to the duties alone is a change of the direction: a new ETag
        at(body, "duties", 0, "cadence").put("type", "REGULAR");
        String dutiesEdited = admin().header("If-Match", edited).body(body).put("/v1/directions/" + ref).then()
                .statusCode(200)
                .body("duties[0].cadence.type", equalTo("REGULAR"))
                .extract().header("ETag");
        assertNotEquals(edited, dutiesEdited);
        admin().header("If-Match", edited).post("/v1/directions/" + ref + "/issue").then().statusCode(412);

        admin().post("/v1/directions/" + ref + "/issue").then().statusCode(428);
        admin().header("If-Match", dutiesEdited).post("/v1/directions/" + ref + "/issue").then()
                .statusCode(200)
                .header("ETag", not(equalTo(dutiesEdited)))
                .body("status", equalTo("ISSUED"))
                .body("councilName", equalTo(CouncilsServiceStub.KNOWN.get(gss)))
                .body("issuedAt", notNullValue());
        // councils-service was asked about the council, with the caller's token passed on
        CouncilsServiceStub.server().verify(getRequestedFor(urlEqualTo("/v1/councils/" + gss))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void anIssuedDirectionIsFrozen() {
        String gss = council();
        String ref = reference(gss, "2021-03-01");
        Map<String, Object> body = Drafts.direction(gss, "2021-03-01");
        String etag = Drafts.issued(body);
        String text = analyst().accept("text/plain").get("/v1/directions/" + ref + "/document").then().extract().asString();

        body.put("title", "An attempt to change an issued direction");
        admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:direction-issued"))
                .body("title", notNullValue())
                .body("status", equalTo(409))
                .body("detail", containsString("cannot be edited"));
        admin().header("If-Match", etag).post("/v1/directions/" + ref + "/issue").then()
                .statusCode(409).body("type", equalTo("urn:problem-type:intervention:direction-issued"));

        analyst().get("/v1/directions/" + ref).then().header("ETag", equalTo(etag)).body("title", not(equalTo(body.get("title"))));
        assertEquals(text, analyst().accept("text/plain").get("/v1/directions/" + ref + "/document").then().extract().asString());
        analyst().get("/v1/directions/" + ref + "/history").then().body("items.action", contains("created", "issued"));
    }

    @Test
    void issuingADirectionThatRevokesTheOneInForceRevokesItOnTheSameDate() {
        String gss = council();
        String first = reference(gss, "2021-01-10");
        String second = reference(gss, "2022-03-01");
        Drafts.issued(Drafts.direction(gss, "2021-01-10"));
        String draftEtag = Drafts.draft(Drafts.revoking(gss, "2022-03-01", first));

        // a draft revokes nothing
        analyst().get("/v1/directions/" + first).then().body("status", equalTo("ISSUED")).body("revokedBy", nullValue());
        analyst().get("/v1/directions/" + second).then().body("revokes", equalTo(first));

        Drafts.issue(second, draftEtag);
        analyst().get("/v1/directions/" + first).then()
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2022-03-01"))
                .body("revokedBy", equalTo(second))
                .body("revocationReason", containsString(second));
        analyst().get("/v1/directions/" + second).then()
                .body("status", equalTo("ISSUED"))
                .body("revokes", equalTo(first))
                .body("revokedOn", nullValue());
        analyst().accept("text/plain").get("/v1/directions/" + first + "/document").then()
                .body(containsString("REVOKED: not in force from 1 March 2022 (revoked by direction " + second + ")."));
        // its duties stop on that date
        analyst().queryParam("council", gss).get("/v1/duties").then().statusCode(200)
                .body("items.findAll { it.directionReference == '" + first + "' }.revokedOn", contains("2022-03-01", "2022-03-01", "2022-03-01"))
                .body("items.findAll { it.directionReference == '" + first + "' }.directionStatus", contains("REVOKED", "REVOKED", "REVOKED"));
    }

    @Test
    void whichDirectionIsInForceBeforeBetweenAndAfterTwoDirections() {
        String gss = council();
        String first = reference(gss, "2020-06-15");
        String second = reference(gss, "2021-06-15");
        Drafts.issued(Drafts.direction(gss, "2020-06-15"));
        Drafts.issued(Drafts.revoking(gss, "2021-06-15", first));

        assertEquals(List.of(), inForce(gss, "2020-06-14"));
        assertEquals(List.of(first), inForce(gss, "2020-06-15"));
        assertEquals(List.of(first), inForce(gss, "2021-01-01"));
        assertEquals(List.of(first), inForce(gss, "2021-06-14"));
        assertEquals(List.of(second), inForce(gss, "2021-06-15"));
        assertEquals(List.of(second), inForce(gss, "2030-01-01"));
    }

    @Test
    void aDirectionIsRevokedFromADate() {
        String gss = council();
        String ref = reference(gss, "2021-04-01");
        String etag = Drafts.issued(Drafts.direction(gss, "2021-04-01"));
        Map<String, Object> revocation = Map.of("revokedOn", "2023-09-30", "reason", "Sufficient and sustained improvement.");

        admin().body(revocation).post("/v1/directions/" + ref + "/revocation").then().statusCode(428);
        admin().header("If-Match", "\"77\"").body(revocation).post("/v1/directions/" + ref + "/revocation").then().statusCode(412);
        admin().header("If-Match", etag).body(Map.of("revokedOn", "2021-04-01", "reason", "Too early.")).post("/v1/directions/" + ref + "/revocation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("revocation-date"));
        analyst().get("/v1/directions/" + ref).then().body("status", equalTo("ISSUED"));

        String revoked = admin().header("If-Match", etag).body(revocation).post("/v1/directions/" + ref + "/revocation").then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2023-09-30"))
                .body("revokedBy", nullValue())
                .body("revocationReason", equalTo("Sufficient and sustained improvement."))
                .extract().header("ETag");
        admin().header("If-Match", revoked).body(revocation).post("/v1/directions/" + ref + "/revocation").then()
                .statusCode(409).body("type", equalTo("urn:problem-type:intervention:already-revoked"));

        assertEquals(List.of(ref), inForce(gss, "2023-09-29"));
        assertEquals(List.of(), inForce(gss, "2023-09-30"));
    }

    @Test
    void aDraftCannotBeRevoked() {
        String gss = council();
        String ref = reference(gss, "2021-05-01");
        String etag = Drafts.draft(Drafts.direction(gss, "2021-05-01"));
        admin().header("If-Match", etag).body(Map.of("revokedOn", "2022-01-01", "reason", "Never issued."))
                .post("/v1/directions/" + ref + "/revocation").then()
                .statusCode(409).body("type", equalTo("urn:problem-type:intervention:not-issued"));
        analyst().get("/v1/directions/" + ref).then().body("status", equalTo("DRAFT")).body("revokedOn", nullValue());
    }

    @Test
    void aDirectionCannotRevokeOneThatIsNoLongerInForce() {
        String gss = council();
        String first = reference(gss, "2020-01-01");
        String etag = Drafts.issued(Drafts.direction(gss, "2020-01-01"));
        String second = reference(gss, "2021-01-01");
        String draftEtag = Drafts.draft(Drafts.revoking(gss, "2021-01-01", first));
        admin().header("If-Match", etag).body(Map.of("revokedOn", "2020-12-01", "reason", "Ended."))
                .post("/v1/directions/" + first + "/revocation").then().statusCode(200);

        admin().header("If-Match", draftEtag).post("/v1/directions/" + second + "/issue").then()
                .statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("revoked-direction-not-in-force"));
        analyst().get("/v1/directions/" + second).then().body("status", equalTo("DRAFT")).header("ETag", equalTo(draftEtag));
        analyst().get("/v1/directions/" + first).then().body("revokedOn", equalTo("2020-12-01")).body("revokedBy", nullValue());
    }

    @Test
    void aNewDirectionMustRevokeTheOneInForceRatherThanStandBesideIt() {
        String gss = council();
        String first = reference(gss, "2020-02-01");
        Drafts.issued(Drafts.direction(gss, "2020-02-01"));
        String second = reference(gss, "2021-02-01");
        String etag = Drafts.draft(Drafts.direction(gss, "2021-02-01"));

        admin().header("If-Match", etag).post("/v1/directions/" + second + "/issue").then()
                .statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("direction-in-force"))
                .body("detail", containsString(first));
        analyst().get("/v1/directions/" + second).then().body("status", equalTo("DRAFT"));
        assertEquals(List.of(first), inForce(gss, "2021-06-01"));

        // nor may a direction be issued with a date before one already issued
        String earlier = reference(gss, "2019-12-01");
        String earlierEtag = Drafts.draft(Drafts.direction(gss, "2019-12-01"));
        admin().header("If-Match", earlierEtag).post("/v1/directions/" + earlier + "/issue").then()
                .statusCode(422).body("rule", equalTo("later-direction-issued"))
                .body("detail", containsString(first));
        analyst().get("/v1/directions/" + earlier).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void anIncompleteDraftIsNotIssued() {
        String gss = council();
        String ref = reference(gss, "2021-07-01");
        Map<String, Object> body = Drafts.direction(gss, "2021-07-01");
        body.remove("signatory");
        body.remove("statutoryBasis");
        String etag = Drafts.draft(body);
        admin().header("If-Match", etag).post("/v1/directions/" + ref + "/issue").then()
                .statusCode(422)
                .body("rule", equalTo("incomplete-direction"))
                .body("detail", containsString("statutoryBasis"))
                .body("detail", containsString("signatory"));
        analyst().get("/v1/directions/" + ref).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aDraftKeepsItsCouncilAndDateAndADirectionIsDraftedOnce() {
        String gss = council();
        String ref = reference(gss, "2021-08-01");
        Map<String, Object> body = Drafts.direction(gss, "2021-08-01");
        String etag = Drafts.draft(body);
        admin().body(body).post("/v1/directions").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:direction-exists"));

        body.put("date", "2021-08-02");
        admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then()
                .statusCode(422).body("rule", equalTo("reference-is-fixed"));
        analyst().get("/v1/directions/" + reference(gss, "2021-08-02")).then().statusCode(404);
        analyst().get("/v1/directions/" + ref).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aDraftRevokesOnlyARecordedEarlierDirectionOfItsOwnCouncil() {
        String gss = council();
        String other = council();
        String otherRef = reference(other, "2020-01-01");
        Drafts.issued(Drafts.direction(other, "2020-01-01"));

        admin().body(Drafts.revoking(gss, "2021-01-01", reference(gss, "2020-01-01"))).post("/v1/directions").then()
                .statusCode(422).body("rule", equalTo("revoked-direction-unknown"));
        admin().body(Drafts.revoking(gss, "2021-01-01", otherRef)).post("/v1/directions").then()
                .statusCode(400).body("errors[0].field", equalTo("revokes"));
        admin().body(Drafts.revoking(other, "2019-01-01", otherRef)).post("/v1/directions").then()
                .statusCode(400).body("errors[0].field", equalTo("revokes"));
        analyst().queryParam("council", gss).get("/v1/directions").then().body("items", hasSize(0));
        analyst().queryParam("council", other).get("/v1/directions").then().body("items.reference", contains(otherRef));
    }

    @Test
    void aCouncilsChainRunsFromItsFirstDirectionToItsLatest() {
        String gss = council();
        String d1 = reference(gss, "2019-01-01");
        String d2 = reference(gss, "2020-01-01");
        String d3 = reference(gss, "2021-01-01");
        String draft = reference(gss, "2022-01-01");
        Drafts.issued(Drafts.direction(gss, "2019-01-01"));
        Drafts.issued(Drafts.revoking(gss, "2020-01-01", d1));
        Drafts.issued(Drafts.revoking(gss, "2021-01-01", d2));
        Drafts.draft(Drafts.revoking(gss, "2022-01-01", d3));

        analyst().get("/v1/councils/" + gss + "/directions").then().statusCode(200)
                .body("items.reference", contains(d1, d2, d3, draft))
                .body("items.status", contains("REVOKED", "REVOKED", "ISSUED", "DRAFT"))
                .body("items.revokes", contains(null, d1, d2, d3))
                .body("items.revokedBy", contains(d2, d3, null, null))
                .body("items.revokedOn", contains("2020-01-01", "2021-01-01", null, null));
        // a council's own users see the chain as issued, without the Department's draft
        reporter(gss).get("/v1/councils/" + gss + "/directions").then().statusCode(200)
                .body("items.reference", contains(d1, d2, d3));
        // a council with no directions has an empty chain (E06999998: a code no test drafts for)
        analyst().get("/v1/councils/E06999998/directions").then()
                .statusCode(200).body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void listsFilterByCouncilStatusAndInForceDate() {
        String gss = council();
        String d1 = reference(gss, "2019-03-01");
        String d2 = reference(gss, "2020-03-01");
        String draft = reference(gss, "2021-03-01");
        Drafts.issued(Drafts.direction(gss, "2019-03-01"));
        Drafts.issued(Drafts.revoking(gss, "2020-03-01", d1));
        Drafts.draft(Drafts.revoking(gss, "2021-03-01", d2));

        analyst().queryParam("council", gss).get("/v1/directions").then().statusCode(200)
                .body("items.reference", contains(d1, d2, draft));
        analyst().queryParam("council", gss).queryParam("status", "ISSUED").get("/v1/directions").then()
                .body("items.reference", contains(d2));
        analyst().queryParam("council", gss).queryParam("status", "REVOKED,DRAFT").get("/v1/directions").then()
                .body("items.reference", contains(d1, draft));
        analyst().queryParam("council", gss).queryParam("status", "ISSUED").queryParam("status", "REVOKED").get("/v1/directions").then()
                .body("items.reference", contains(d1, d2));
        analyst().queryParam("council", gss).queryParam("inForceOn", "2021-03-01").get("/v1/directions").then()
                .body("items.reference", contains(d2));
        analyst().queryParam("council", gss).queryParam("status", "REVOKED").queryParam("inForceOn", "2021-03-01").get("/v1/directions").then()
                .body("items", hasSize(0));
        // across councils: every listed direction was in force on the day
        JsonPath all = analyst().queryParam("inForceOn", "2019-12-01").queryParam("limit", 200).get("/v1/directions").then()
                .statusCode(200).extract().jsonPath();
        List<String> refs = all.getList("items.reference");
        assertThat(refs, hasItems(d1, SeedDirectionsTest.STOKE_2019, SeedDirectionsTest.MEDWAY_FIRST));
        assertThat(refs, not(hasItem(draft)));
        assertThat(refs, not(hasItem(SeedDirectionsTest.STOKE_FIRST)));
    }

    @Test
    void pagesFollowAStableOrderAndTheLastHasNoNext() {
        String gss = council();
        List<String> expected = new ArrayList<>();
        // drafted out of date order: the list is in date order all the same
        for (String date : List.of("2024-05-01", "2020-05-01", "2023-05-01", "2021-05-01", "2022-05-01")) {
            Drafts.draft(Drafts.direction(gss, date));
        }
        for (String date : List.of("2020-05-01", "2021-05-01", "2022-05-01", "2023-05-01", "2024-05-01")) {
            expected.add(reference(gss, date));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var request = analyst().queryParam("council", gss).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath p = request.get("/v1/directions").then().statusCode(200).body("limit", equalTo(2)).extract().jsonPath();
            List<String> items = p.getList("items.reference");
            seen.addAll(items);
            sizes.add(items.size());
            cursor = p.getString("next");
            if (cursor == null) {
                break;
            }
        }
        assertEquals(expected, seen);
        assertEquals(List.of(2, 2, 1), sizes);

        // the same cursor gives the same page again
        String second = analyst().queryParam("council", gss).queryParam("limit", 2).get("/v1/directions").then().extract().path("next");
        analyst().queryParam("council", gss).queryParam("limit", 2).queryParam("cursor", second).get("/v1/directions").then()
                .body("items.reference", contains(expected.get(2), expected.get(3)));
        analyst().queryParam("council", gss).queryParam("limit", 2).queryParam("cursor", second).get("/v1/directions").then()
                .body("items.reference", contains(expected.get(2), expected.get(3)));
        // a page exactly as long as what is left is the last
        analyst().queryParam("council", gss).queryParam("limit", 5).get("/v1/directions").then()
                .body("items", hasSize(5)).body("next", nullValue());
        // the chain pages the same way
        analyst().queryParam("limit", 3).get("/v1/councils/" + gss + "/directions").then()
                .body("items.reference", contains(expected.get(0), expected.get(1), expected.get(2)))
                .body("next", notNullValue());
    }
}

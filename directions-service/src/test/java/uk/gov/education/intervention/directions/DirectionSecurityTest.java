package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.DevTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * Who may do what: no token is a 401 problem; only dfe-admin writes (everyone else gets a 403
 * problem and nothing changes); drafts are the Department's own (dfe-admin and dfe-analyst see them,
 * everyone else is told they do not exist); issued and revoked directions are public records any
 * authenticated role reads.
 */
@QuarkusTest
class DirectionSecurityTest {

    /** Reads of one direction and its renderings, and the lists that may show it. */
    private static List<String> readPaths(String reference) {
        return List.of("/v1/directions/" + reference, "/v1/directions/" + reference + "/history",
                "/v1/directions/" + reference + "/document?format=text", "/v1/directions/" + reference + "/document?format=html");
    }

    private static Map<String, Supplier<RequestSpecification>> nonDepartmentCallers(String gss) {
        return Map.of(
                "commissioner for the council", () -> commissioner(gss),
                "commissioner for another council", () -> commissioner(STOKE),
                "council-reporter of the council", () -> reporter(gss),
                "council-reporter of another council", () -> reporter(MEDWAY));
    }

    private static Map<String, Supplier<RequestSpecification>> nonAdminCallers(String gss) {
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>(nonDepartmentCallers(gss));
        callers.put("dfe-analyst", () -> analyst());
        return callers;
    }

    @Test
    void withoutATokenEveryEndpointIsA401Problem() {
        String gss = CouncilsServiceStub.testCouncil();
        for (String path : List.of("/v1/directions", "/v1/directions/E06000021-2019-10-31", "/v1/directions/E06000021-2019-10-31/history",
                "/v1/directions/E06000021-2019-10-31/document", "/v1/councils/E06000021/directions", "/v1/duties", "/v1/audit")) {
            anonymous().get(path).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401))
                    .body("type", equalTo("urn:problem-type:intervention:unauthorized"));
        }
        anonymous().body(Drafts.direction(gss, "2021-01-01")).post("/v1/directions").then()
                .statusCode(401).contentType("application/problem+json");
        anonymous().header("If-Match", "\"999\"").body(Drafts.direction(STOKE, "2019-10-31")).put("/v1/directions/E06000021-2019-10-31").then()
                .statusCode(401);
        anonymous().header("If-Match", "\"999\"").post("/v1/directions/E06000021-2019-10-31/issue").then().statusCode(401);
        anonymous().header("If-Match", "\"999\"").body(Map.of("revokedOn", "2030-01-01", "reason", "x"))
                .post("/v1/directions/E06000021-2019-10-31/revocation").then().statusCode(401);
        analyst().queryParam("council", gss).get("/v1/directions").then().body("items.size()", equalTo(0));
        analyst().get("/v1/directions/E06000021-2019-10-31").then().body("status", equalTo("ISSUED"));
    }

    @Test
    void anExpiredOrForeignTokenIsA401Problem() {
        String expired = DevTokens.token("someone@example.invalid", "dfe-admin", List.of(), -600, DevTokens.bundledKey());
        String foreign = DevTokens.token("someone@example.invalid", "dfe-admin", List.of(), 600, DevTokens.foreignKey());
        for (String token : List.of(expired, foreign, "not-a-jwt")) {
            RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).get("/v1/directions").then()
                    .statusCode(401).contentType("application/problem+json");
            RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Drafts.direction(CouncilsServiceStub.testCouncil(), "2021-01-01")).post("/v1/directions").then()
                    .statusCode(401);
        }
    }

    @Test
    void onlyDfeAdminWrites() {
        String gss = CouncilsServiceStub.testCouncil();
        String issued = reference(gss, "2020-01-01");
        String issuedEtag = Drafts.issued(Drafts.direction(gss, "2020-01-01"));
        String draft = reference(gss, "2021-01-01");
        Map<String, Object> draftBody = Drafts.revoking(gss, "2021-01-01", issued);
        String draftEtag = Drafts.draft(draftBody);

        nonAdminCallers(gss).forEach((who, caller) -> {
            caller.get().body(Drafts.direction(gss, "2022-01-01")).post("/v1/directions").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", notNullValue())
                    .body("title", equalTo("Forbidden"))
                    .body("status", equalTo(403))
                    .body("detail", notNullValue());
            caller.get().header("If-Match", draftEtag).body(draftBody).put("/v1/directions/" + draft).then()
                    .statusCode(403).contentType("application/problem+json");
            caller.get().header("If-Match", draftEtag).post("/v1/directions/" + draft + "/issue").then()
                    .statusCode(403).contentType("application/problem+json");
            caller.get().header("If-Match", issuedEtag).body(Map.of("revokedOn", "2020-06-01", "reason", "Not theirs to revoke."))
                    .post("/v1/directions/" + issued + "/revocation").then()
                    .statusCode(403).contentType("application/problem+json");
        });

        analyst().get("/v1/directions/" + reference(gss, "2022-01-01")).then().statusCode(404);
        analyst().get("/v1/directions/" + draft).then().statusCode(200).body("status", equalTo("DRAFT")).header("ETag", equalTo(draftEtag));
        analyst().get("/v1/directions/" + issued).then().statusCode(200).body("status", equalTo("ISSUED")).header("ETag", equalTo(issuedEtag));
        analyst().get("/v1/directions/" + draft + "/history").then().body("items.size()", equalTo(1));
    }

    @Test
    void draftsAreSeenByTheDepartmentAlone() {
        String gss = CouncilsServiceStub.testCouncil();
        String draft = reference(gss, "2021-04-01");
        Drafts.draft(Drafts.direction(gss, "2021-04-01"));

        for (var caller : List.<Supplier<RequestSpecification>>of(() -> admin(), () -> analyst())) {
            for (String path : readPaths(draft)) {
                caller.get().get(path).then().statusCode(200);
            }
            caller.get().queryParam("council", gss).get("/v1/directions").then().body("items.reference", hasItem(draft));
            caller.get().get("/v1/councils/" + gss + "/directions").then().body("items.reference", hasItem(draft));
        }
        analyst().accept("text/plain").get("/v1/directions/" + draft + "/document").then()
                .body(containsString("DRAFT: not issued and not in force."));

        nonDepartmentCallers(gss).forEach((who, caller) -> {
            for (String path : readPaths(draft)) {
                caller.get().get(path).then()
                        .statusCode(404).contentType("application/problem+json")
                        .body("type", equalTo("urn:problem-type:intervention:not-found"));
            }
            caller.get().queryParam("council", gss).get("/v1/directions").then().statusCode(200).body("items.size()", equalTo(0));
            caller.get().queryParam("council", gss).queryParam("status", "DRAFT").get("/v1/directions").then()
                    .statusCode(200).body("items.size()", equalTo(0));
            caller.get().get("/v1/councils/" + gss + "/directions").then().statusCode(200).body("items.size()", equalTo(0));
            caller.get().queryParam("entityId", draft).get("/v1/audit").then().statusCode(403);
        });
        // a draft imposes no duties yet
        analyst().queryParam("council", gss).get("/v1/duties").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void issuedAndRevokedDirectionsAreReadByEveryAuthenticatedRole() {
        String gss = CouncilsServiceStub.testCouncil();
        String first = reference(gss, "2020-04-01");
        String second = reference(gss, "2021-04-01");
        Drafts.issued(Drafts.direction(gss, "2020-04-01"));
        Drafts.issued(Drafts.revoking(gss, "2021-04-01", first));

        Map<String, Supplier<RequestSpecification>> everyone = new LinkedHashMap<>(nonAdminCallers(gss));
        everyone.put("dfe-admin", () -> admin());
        everyone.forEach((who, caller) -> {
            for (String reference : List.of(first, second, "E06000021-2019-10-31", "E06000035-2020-01-07")) {
                for (String path : readPaths(reference)) {
                    caller.get().get(path).then().statusCode(200);
                }
            }
            caller.get().get("/v1/councils/" + gss + "/directions").then().statusCode(200)
                    .body("items.reference", equalTo(List.of(first, second)));
            caller.get().queryParam("council", gss).queryParam("inForceOn", "2021-04-01").get("/v1/directions").then()
                    .statusCode(200).body("items.reference", equalTo(List.of(second)));
            caller.get().queryParam("council", gss).get("/v1/duties").then().statusCode(200).body("items.size()", equalTo(6));
        });
        reporter(gss).get("/v1/directions/" + second + "/history").then().body("items.action", not(hasItem("seeded")));
    }

    @Test
    void theHtmlDocumentEscapesTheTextItRenders() {
        String gss = CouncilsServiceStub.testCouncil();
        String ref = reference(gss, "2021-06-01");
        Map<String, Object> body = Drafts.direction(gss, "2021-06-01");
        Drafts.at(body, "clauses", 0, "items", 0).put("text", "To report <script>alert('x')</script> & \"more\";");
        body.put("title", "<b>TITLE</b>");
        Drafts.draft(body);
        String html = analyst().accept("text/html").get("/v1/directions/" + ref + "/document").then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("To report &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;;"), html);
        assertTrue(html.contains("<h1>&lt;b&gt;TITLE&lt;/b&gt;</h1>"), html);
    }

    @Test
    void theAuditListIsForTheDepartmentOnly() {
        admin().get("/v1/audit").then().statusCode(200);
        analyst().get("/v1/audit").then().statusCode(200);
        commissioner(STOKE).get("/v1/audit").then().statusCode(403).contentType("application/problem+json");
        reporter(STOKE).get("/v1/audit").then().statusCode(403).contentType("application/problem+json");
    }
}

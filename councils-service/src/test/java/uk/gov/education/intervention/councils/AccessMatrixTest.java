package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.gov.education.intervention.devkit.AccessMatrix;
import uk.gov.education.intervention.devkit.AccessMatrix.Call;
import uk.gov.education.intervention.devkit.AccessMatrix.Caller;
import uk.gov.education.intervention.devkit.AccessMatrix.Fixture;
import uk.gov.education.intervention.devkit.AccessMatrix.Reusable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOCKPORT;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;

/**
 * Every operation of councils-service's contract as every caller (src/test/resources/access-matrix.tsv):
 * reads of the seed records (Stoke-on-Trent's council, inspection, appointments, partnership, the seed
 * Commissioner); writes on records of their own (made again after each write that succeeds), with a
 * body dfe-admin's write succeeds with. The unappointed partner is the staff of a council (Manchester's code) appointed for nothing.
 */
@QuarkusTest
class AccessMatrixTest extends uk.gov.education.intervention.devkit.AccessMatrixTest {

    private static final String NEVER_APPOINTED = "E08000003";
    private static final String STOKE_COMMISSIONER_APPOINTMENT = "d0000000-0000-4000-8000-000000000002";
    private static final String STOKE_INSPECTION = "a0000000-0000-4000-8000-000000000001";
    private static final String STOCKPORT_ORG = "b0000000-0000-4000-8000-000000000007";
    private static final String STOKE_PARTNERSHIP = "e0000000-0000-4000-8000-000000000001";
    private static final String ELEANOR = "c0000000-0000-4000-8000-000000000001";
    private static final String ELEANOR_STOKE_IDENTITY = "f0000000-0000-4000-8000-000000000001";
    private static final String DEV_ISSUER = "https://dev-only.intervention.invalid";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Override
    protected Map<String, Caller> callers() {
        return AccessMatrix.standardCallers(STOKE, MEDWAY, NEVER_APPOINTED);
    }

    @Override
    protected Map<String, Fixture> fixtures() {
        Map<String, Fixture> f = new LinkedHashMap<>();
        f.put("GET /v1/appointments", c -> Call.of().query("council", STOKE));
        var appointed = new Reusable<>(() -> Map.entry(freshCouncil(), freshPerson()));
        f.put("POST /v1/appointments", c -> Call.of().body(appointment(appointed.get().getKey(), appointed.get().getValue())));
        f.put("GET /v1/appointments/{id}", c -> Call.of().path("id", STOKE_COMMISSIONER_APPOINTMENT));
        var toEnd = new Reusable<>(() -> created("/v1/appointments", appointment(freshCouncil(), freshPerson())));
        f.put("POST /v1/appointments/{id}/end", c -> {
            var a = toEnd.get();
            return Call.of().path("id", a.path("id")).ifMatch(a.header("ETag")).body(Map.of("endsOn", "2023-12-31", "reason", "Term over"));
        });
        f.put("GET /v1/appointments/{id}/history", c -> Call.of().path("id", STOKE_COMMISSIONER_APPOINTMENT));
        var toRenew = new Reusable<>(() -> created("/v1/appointments", appointment(freshCouncil(), freshPerson())));
        f.put("POST /v1/appointments/{id}/renewals", c -> {
            var a = toRenew.get();
            return Call.of().path("id", a.path("id")).ifMatch(a.header("ETag")).body(Map.of("basis", "EXTENSION", "startsOn", "2024-01-01",
                    "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "extension letter")));
        });
        f.put("GET /v1/audit", c -> Call.of());
        f.put("GET /v1/councils", c -> Call.of());
        f.put("POST /v1/councils", c -> Call.of().body(council(nextGss())));
        f.put("GET /v1/councils/{gss}", c -> Call.of().path("gss", STOKE));
        var toUpdate = new Reusable<>(() -> withEtag("/v1/councils/", freshCouncil()));
        f.put("PUT /v1/councils/{gss}", c -> {
            String gss = toUpdate.get().getKey();
            return Call.of().path("gss", gss).ifMatch(toUpdate.get().getValue())
                    .body(Map.of("name", "Renamed council " + gss, "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST"));
        });
        f.put("GET /v1/councils/{gss}/appointments", c -> Call.of().path("gss", STOKE));
        f.put("GET /v1/councils/{gss}/events", c -> Call.of().path("gss", STOKE));
        f.put("GET /v1/councils/{gss}/history", c -> Call.of().path("gss", STOKE));
        f.put("GET /v1/councils/{gss}/inspections", c -> Call.of().path("gss", STOKE));
        var inspected = new Reusable<>(AccessMatrixTest::freshCouncil);
        f.put("POST /v1/councils/{gss}/inspections", c -> Call.of().path("gss", inspected.get()).body(inspection("2019-02-01")));
        f.put("GET /v1/councils/{gss}/partnerships", c -> Call.of().path("gss", STOKE));
        f.put("GET /v1/inspections/{id}", c -> Call.of().path("id", STOKE_INSPECTION));
        var toCorrect = new Reusable<>(() -> created("/v1/councils/" + freshCouncil() + "/inspections", inspection("2019-02-01")));
        f.put("PUT /v1/inspections/{id}", c -> {
            var i = toCorrect.get();
            return Call.of().path("id", i.path("id")).ifMatch(i.header("ETag")).body(inspection("2019-02-11"));
        });
        f.put("GET /v1/inspections/{id}/history", c -> Call.of().path("id", STOKE_INSPECTION));
        var toWithdraw = new Reusable<>(() -> created("/v1/councils/" + freshCouncil() + "/inspections", inspection("2019-02-01")));
        f.put("POST /v1/inspections/{id}/withdrawal", c -> {
            var i = toWithdraw.get();
            return Call.of().path("id", i.path("id")).ifMatch(i.header("ETag")).body(Map.of("reason", "Recorded against the wrong council"));
        });
        f.put("GET /v1/ofsted-frameworks", c -> Call.of());
        f.put("GET /v1/ofsted-frameworks/{code}", c -> Call.of().path("code", "SIF"));
        f.put("GET /v1/organisations", c -> Call.of());
        f.put("POST /v1/organisations", c -> Call.of().body(organisation()));
        f.put("GET /v1/organisations/{id}", c -> Call.of().path("id", STOCKPORT_ORG));
        var toRename = new Reusable<>(() -> created("/v1/organisations", organisation()));
        f.put("PUT /v1/organisations/{id}", c -> {
            var o = toRename.get();
            return Call.of().path("id", o.path("id")).ifMatch(o.header("ETag")).body(organisation());
        });
        f.put("GET /v1/organisations/{id}/appointments", c -> Call.of().path("id", STOCKPORT_ORG));
        f.put("GET /v1/organisations/{id}/history", c -> Call.of().path("id", STOCKPORT_ORG));
        var toRetire = new Reusable<>(() -> created("/v1/organisations", organisation()));
        f.put("POST /v1/organisations/{id}/retirement", c -> {
            var o = toRetire.get();
            return Call.of().path("id", o.path("id")).ifMatch(o.header("ETag")).body(Map.of("reason", "Merged into another body"));
        });
        f.put("GET /v1/partnerships", c -> Call.of());
        var partnered = new Reusable<>(AccessMatrixTest::freshCouncil);
        f.put("POST /v1/partnerships", c -> Call.of().body(partnership(partnered.get())));
        f.put("GET /v1/partnerships/{id}", c -> Call.of().path("id", STOKE_PARTNERSHIP));
        var toAmend = new Reusable<>(() -> created("/v1/partnerships", partnership(freshCouncil())));
        f.put("PUT /v1/partnerships/{id}", c -> {
            var p = toAmend.get();
            return Call.of().path("id", p.path("id")).ifMatch(p.header("ETag"))
                    .body(Map.of("councilGssCode", p.path("councilGssCode"), "deadline", "2021-06-30", "status", "REQUIRED"));
        });
        f.put("GET /v1/partnerships/{id}/history", c -> Call.of().path("id", STOKE_PARTNERSHIP));
        f.put("GET /v1/people", c -> Call.of());
        f.put("POST /v1/people", c -> Call.of().body(Map.of("fullName", "Matrix Person " + SEQ.incrementAndGet())));
        f.put("GET /v1/people/{id}", c -> Call.of().path("id", ELEANOR));
        var toRenamePerson = new Reusable<>(() -> withEtag("/v1/people/", freshPerson()));
        f.put("PUT /v1/people/{id}", c -> {
            String person = toRenamePerson.get().getKey();
            return Call.of().path("id", person).ifMatch(toRenamePerson.get().getValue())
                    .body(Map.of("fullName", "Matrix Person, renamed " + SEQ.incrementAndGet()));
        });
        f.put("GET /v1/people/{id}/appointments", c -> Call.of().path("id", ELEANOR));
        f.put("GET /v1/people/{id}/history", c -> Call.of().path("id", ELEANOR));
        f.put("GET /v1/people/{personId}/identities", c -> Call.of().path("personId", ELEANOR));
        var linked = new Reusable<>(AccessMatrixTest::freshPerson);
        f.put("POST /v1/people/{personId}/identities", c -> Call.of().path("personId", linked.get())
                .body(Map.of("issuer", DEV_ISSUER, "subject", "matrix-" + UUID.randomUUID())));
        f.put("GET /v1/people/{personId}/identities/{id}", c -> Call.of().path("personId", ELEANOR).path("id", ELEANOR_STOKE_IDENTITY));
        var toUnlink = new Reusable<>(() -> {
            String person = freshPerson();
            return Map.entry(person, created("/v1/people/" + person + "/identities",
                    Map.of("issuer", DEV_ISSUER, "subject", "matrix-" + UUID.randomUUID())));
        });
        f.put("POST /v1/people/{personId}/identities/{id}/end", c -> {
            var link = toUnlink.get().getValue();
            return Call.of().path("personId", toUnlink.get().getKey()).path("id", link.path("id")).ifMatch(link.header("ETag"))
                    .body(Map.of("reason", "Left the council"));
        });
        f.put("GET /v1/role-holdings", c -> Call.of().query("council", STOKE).query("on", "2020-02-10")
                .query("organisationGssCode", STOCKPORT));
        f.put("GET /v1/roles", c -> Call.of());
        return f;
    }

    private static String nextGss() {
        return String.format("E07800%03d", SEQ.incrementAndGet());
    }

    private static Map<String, Object> council(String gss) {
        return Map.of("gssCode", gss, "name", "Matrix council " + gss, "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST");
    }

    /** A council of its own for one call. */
    private static String freshCouncil() {
        String gss = nextGss();
        created("/v1/councils", council(gss));
        return gss;
    }

    private static String freshPerson() {
        return created("/v1/people", Map.of("fullName", "Matrix Person " + SEQ.incrementAndGet())).path("id");
    }

    private static Map<String, Object> appointment(String council, String person) {
        return Map.of("roleCode", "DIRECTOR_OF_CHILDRENS_SERVICES", "councilGssCode", council, "personId", person, "startsOn", "2023-01-01",
                "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "matrix", "date", "2023-01-01"));
    }

    private static Map<String, Object> inspection(String publishedOn) {
        return Map.of("framework", "ILACS_2018", "publishedOn", publishedOn, "overallEffectiveness", "INADEQUATE");
    }

    private static Map<String, Object> organisation() {
        return Map.of("name", "Matrix body " + SEQ.incrementAndGet(), "kind", "OTHER");
    }

    private static Map<String, Object> partnership(String council) {
        return Map.of("councilGssCode", council, "deadline", "2021-03-31", "status", "REQUIRED");
    }

    private static ExtractableResponse<Response> created(String path, Object body) {
        return admin().body(body).post(path).then().statusCode(201).extract();
    }

    /** A record's key with its ETag as read now (kept with it while the calls on it are refused). */
    private static Map.Entry<String, String> withEtag(String collection, String key) {
        return Map.entry(key, admin().get(collection + key).then().statusCode(200).extract().header("ETag"));
    }
}

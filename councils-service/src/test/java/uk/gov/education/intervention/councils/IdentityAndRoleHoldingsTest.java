package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.councils.service.DevelopmentIdentities;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOCKPORT;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/**
 * People's token identities (linked, ended, audited; Department roles only) and the one-call query
 * of the roles a person or organisation holds on a date, which reporting-service's access follows.
 */
@QuarkusTest
class IdentityAndRoleHoldingsTest {

    private static final String DEV_ISSUER = "https://dev-only.intervention.invalid";
    private static final String ELEANOR = "c0000000-0000-4000-8000-000000000001";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static String freshPerson() {
        return admin().body(Map.of("fullName", "Identity Test Person " + SEQ.incrementAndGet()))
                .post("/v1/people").then().statusCode(201).extract().path("id");
    }

    private static String freshSubject() {
        return "subject-" + UUID.randomUUID();
    }

    private static Map<String, Object> identity(String subject) {
        return Map.of("issuer", DEV_ISSUER, "subject", subject);
    }

    @Test
    void theDepartmentLinksAnIdentityToAPersonAndEndsItAndEachChangeIsAudited() {
        String person = freshPerson();
        String subject = freshSubject();
        var created = admin().body(identity(subject)).post("/v1/people/" + person + "/identities").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("issuer", equalTo(DEV_ISSUER)).body("subject", equalTo(subject))
                .body("personId", equalTo(person)).extract();
        String link = created.path("id");
        analyst().get(created.header("Location")).then().statusCode(200).body("id", equalTo(link));
        analyst().get("/v1/people/" + person + "/identities").then().statusCode(200).body("items.id", contains(link));
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", subject).get("/v1/role-holdings").then().statusCode(200)
                .body("person.id", equalTo(person)).body("holdings", empty());

        // one person at a time per identity
        admin().body(identity(subject)).post("/v1/people/" + freshPerson() + "/identities").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:problem-type:intervention:identity-linked"));
        admin().body(identity(subject)).post("/v1/people/" + person + "/identities").then().statusCode(409);

        // ending needs the link's ETag
        admin().body(Map.of("reason", "Left the council")).post("/v1/people/" + person + "/identities/" + link + "/end")
                .then().statusCode(428);
        admin().header("If-Match", "\"99\"").body(Map.of("reason", "Left the council"))
                .post("/v1/people/" + person + "/identities/" + link + "/end").then().statusCode(412);
        admin().header("If-Match", created.header("ETag")).body(Map.of("reason", "Left the council"))
                .post("/v1/people/" + person + "/identities/" + link + "/end").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endReason", equalTo("Left the council"));
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", subject).get("/v1/role-holdings").then().statusCode(200)
                .body("person", nullValue());
        // once ended, the identity may be linked again, to another person
        admin().body(identity(subject)).post("/v1/people/" + freshPerson() + "/identities").then().statusCode(201);

        admin().queryParam("entityType", "person-identity").queryParam("entityId", link).get("/v1/audit").then().statusCode(200)
                .body("items.action", contains("linked", "ended"))
                .body("items.actor", contains("dev-dfe-admin@example.invalid", "dev-dfe-admin@example.invalid"))
                .body("items[0].changes.subject.to", equalTo(subject))
                .body("items[1].changes.status.to", equalTo("ENDED"));
    }

    @Test
    void identitiesAreTheDepartmentsOnly() {
        String person = freshPerson();
        for (var caller : List.of(commissioner(STOKE), reporter(STOKE))) {
            caller.get("/v1/people/" + person + "/identities").then().statusCode(403).contentType("application/problem+json");
            caller.queryParam("organisationGssCode", STOCKPORT).get("/v1/role-holdings").then().statusCode(403);
            caller.body(identity(freshSubject())).post("/v1/people/" + person + "/identities").then().statusCode(403);
        }
        analyst().body(identity(freshSubject())).post("/v1/people/" + person + "/identities").then().statusCode(403);
        analyst().get("/v1/people/" + person + "/identities").then().statusCode(200).body("items", empty());
    }

    @Test
    void badIdentitiesAreRefusedAndNothingIsLinked() {
        String person = freshPerson();
        String path = "/v1/people/" + person + "/identities";
        admin().body(Map.of("issuer", "http://not-https.example", "subject", "x")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("issuer"));
        admin().body(Map.of("issuer", DEV_ISSUER, "subject", "has spaces")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("subject"));
        admin().body(Map.of("issuer", DEV_ISSUER, "subject", "s".repeat(301))).post(path).then().statusCode(400);
        admin().body(Map.of("issuer", DEV_ISSUER, "subject", "x", "role", "dfe-admin")).post(path).then().statusCode(400);
        admin().body(Map.of("issuer", DEV_ISSUER)).post(path).then().statusCode(400);
        admin().body(identity(freshSubject())).post("/v1/people/" + UUID.randomUUID() + "/identities").then().statusCode(404);
        analyst().get(path).then().statusCode(200).body("items", empty());
        analyst().get(path + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anOrganisationsRolesForACouncilOnADateInOneCall() {
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("council", STOKE).queryParam("on", "2020-02-10")
                .get("/v1/role-holdings").then().statusCode(200)
                .body("on", equalTo("2020-02-10")).body("councilGssCode", equalTo(STOKE))
                .body("organisation.name", equalTo("Stockport Metropolitan Borough Council"))
                .body("organisation.councilGssCode", equalTo(STOCKPORT))
                .body("person", nullValue())
                .body("holdings", hasSize(1))
                .body("holdings[0].roleCode", equalTo("PARTNER_IN_PRACTICE"))
                .body("holdings[0].heldBy", equalTo("ORGANISATION"))
                .body("holdings[0].appointmentId", equalTo("d0000000-0000-4000-8000-000000000004"))
                .body("filledRoles", contains("CHILDRENS_SERVICES_COMMISSIONER", "PARTNER_IN_PRACTICE"));
        // before its appointment, and for a council where it holds none
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("council", STOKE).queryParam("on", "2019-10-30")
                .get("/v1/role-holdings").then().statusCode(200).body("holdings", empty())
                .body("filledRoles", contains("CHILDRENS_SERVICES_COMMISSIONER"));
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("council", MEDWAY).queryParam("on", "2020-02-10")
                .get("/v1/role-holdings").then().statusCode(200).body("holdings", empty())
                .body("filledRoles", contains("NON_EXECUTIVE_COMMISSIONER"));
        // every council at once: no filledRoles
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("on", "2020-02-10")
                .get("/v1/role-holdings").then().statusCode(200).body("councilGssCode", nullValue())
                .body("holdings.councilGssCode", contains(STOKE)).body("filledRoles", nullValue());
        // an organisation not recorded holds nothing
        analyst().queryParam("organisationId", UUID.randomUUID().toString()).queryParam("council", STOKE)
                .get("/v1/role-holdings").then().statusCode(200).body("organisation", nullValue()).body("holdings", empty());
    }

    @Test
    void theDevelopmentCommissionerIdentitiesActAsTheSeedCommissioner() {
        for (String subject : List.of("dev-commissioner.E06000021@example.invalid", "dev-commissioner.E06000035@example.invalid")) {
            analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", subject).queryParam("on", "2020-02-10")
                    .get("/v1/role-holdings").then().statusCode(200)
                    .body("person.id", equalTo(ELEANOR)).body("person.name", equalTo("Eleanor Brazil OBE"))
                    .body("holdings.councilGssCode", contains(STOKE, MEDWAY))
                    .body("holdings.roleCode", contains("CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER"))
                    .body("holdings.heldBy", contains("PERSON", "PERSON"));
        }
        // under the first Stoke-on-Trent direction, before Medway's extension
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", "dev-commissioner.E06000021@example.invalid")
                .queryParam("council", STOKE).queryParam("on", "2019-06-01").get("/v1/role-holdings").then().statusCode(200)
                .body("holdings.appointmentId", contains("d0000000-0000-4000-8000-000000000001"));
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", "dev-commissioner.E06000021@example.invalid")
                .queryParam("council", MEDWAY).queryParam("on", "2019-12-01").get("/v1/role-holdings").then().statusCode(200)
                .body("holdings", empty());
        // the same subject from another issuer is somebody else
        analyst().queryParam("issuer", "https://login.example.gov.uk").queryParam("subject", "dev-commissioner.E06000021@example.invalid")
                .get("/v1/role-holdings").then().statusCode(200).body("person", nullValue()).body("holdings", empty());
    }

    @Test
    void aPersonsAndTheirOrganisationsRolesComeTogether() {
        String council = String.format("E07%06d", 900000 + SEQ.incrementAndGet());
        admin().body(Map.of("gssCode", council, "name", "Identity test council", "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST"))
                .post("/v1/councils").then().statusCode(201);
        String person = freshPerson();
        String subject = freshSubject();
        admin().body(identity(subject)).post("/v1/people/" + person + "/identities").then().statusCode(201);
        admin().body(Map.of("roleCode", "DIRECTOR_OF_CHILDRENS_SERVICES", "councilGssCode", council, "personId", person,
                        "startsOn", "2020-01-01", "endsOn", "2020-12-31",
                        "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "test", "date", "2020-01-01")))
                .post("/v1/appointments").then().statusCode(201);
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", subject).queryParam("organisationGssCode", STOCKPORT)
                .queryParam("council", council).queryParam("on", "2020-06-30").get("/v1/role-holdings").then().statusCode(200)
                .body("holdings.roleCode", contains("DIRECTOR_OF_CHILDRENS_SERVICES"))
                .body("holdings[0].endsOn", equalTo("2020-12-31"))
                .body("filledRoles", contains("DIRECTOR_OF_CHILDRENS_SERVICES"));
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", subject).queryParam("organisationGssCode", STOCKPORT)
                .queryParam("on", "2020-06-30").get("/v1/role-holdings").then().statusCode(200)
                .body("holdings.roleCode", contains("PARTNER_IN_PRACTICE", "DIRECTOR_OF_CHILDRENS_SERVICES"));
        analyst().queryParam("issuer", DEV_ISSUER).queryParam("subject", subject)
                .queryParam("council", council).queryParam("on", "2021-01-01").get("/v1/role-holdings").then().statusCode(200)
                .body("holdings", empty()).body("filledRoles", empty());
    }

    @Test
    void aQueryMustSayWhomAndWhenWithinBounds() {
        analyst().get("/v1/role-holdings").then().statusCode(400).contentType("application/problem+json");
        analyst().queryParam("issuer", DEV_ISSUER).get("/v1/role-holdings").then().statusCode(400).body("errors[0].field", equalTo("subject"));
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("organisationId", UUID.randomUUID().toString())
                .get("/v1/role-holdings").then().statusCode(400);
        analyst().queryParam("organisationGssCode", "Stockport").get("/v1/role-holdings").then().statusCode(400);
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("on", "-999999999-01-01").get("/v1/role-holdings")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("subject", "x".repeat(301)).queryParam("issuer", DEV_ISSUER)
                .get("/v1/role-holdings").then().statusCode(400);
        analyst().queryParam("organisationGssCode", STOCKPORT).queryParam("council", "E06000999").get("/v1/role-holdings")
                .then().statusCode(404);
    }

    @Test
    void theProductionSeedLinksNoIdentityAndTheDevelopmentOnesNeedTheDevelopmentIssuer() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/seed/seed-data.sql")) {
            assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("person_identity"));
        }
        assertTrue(DevelopmentIdentities.applies(true, Optional.of(DEV_ISSUER)));
        assertFalse(DevelopmentIdentities.applies(true, Optional.of("https://login.example.gov.uk")));
        assertFalse(DevelopmentIdentities.applies(true, Optional.empty()));
        assertFalse(DevelopmentIdentities.applies(false, Optional.of(DEV_ISSUER)));
    }
}

package uk.gov.education.intervention.councils.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartiesAndRolesTest {

    private static final LocalDate ON = LocalDate.of(2020, 2, 10);

    @Test
    void aRoleHeldForACouncilNeedsOneAndNoOtherMayNameOne() {
        Role commissioner = Fixtures.role("CHILDRENS_SERVICES_COMMISSIONER", HolderKind.PERSON, true);
        Role minister = Fixtures.role("MINISTER", HolderKind.PERSON, false);
        commissioner.requireCouncilScope(true);
        minister.requireCouncilScope(false);
        assertEquals("councilGssCode", assertThrows(InvalidInput.class, () -> commissioner.requireCouncilScope(false)).errors().get(0).field());
        assertEquals("councilGssCode", assertThrows(InvalidInput.class, () -> minister.requireCouncilScope(true)).errors().get(0).field());
    }

    @Test
    void exactlyOneHolderOfTheRolesKindIsNamed() {
        Role partner = Fixtures.role("PARTNER_IN_PRACTICE", HolderKind.ORGANISATION, true);
        partner.requireHolderKind(false, true);
        assertEquals("organisationId", assertThrows(InvalidInput.class, () -> partner.requireHolderKind(true, true)).errors().get(0).field());
        assertEquals("organisationId", assertThrows(InvalidInput.class, () -> partner.requireHolderKind(false, false)).errors().get(0).field());
        assertEquals("holder-kind", assertThrows(RuleViolation.class, () -> partner.requireHolderKind(true, false)).rule());
    }

    @Test
    void anImprovementAdvisorIsALocalAuthorityRatedGoodOrBetter() {
        Organisation stockport = Fixtures.localAuthority("Stockport", Fixtures.council(2, "E08000007", "Stockport"));
        stockport.requireStrongAuthority(inspection(Judgement.OUTSTANDING), ON);
        stockport.requireStrongAuthority(inspection(Judgement.GOOD), ON);
        assertEquals("improvement-advisor-rating",
                assertThrows(RuleViolation.class, () -> stockport.requireStrongAuthority(inspection(Judgement.REQUIRES_IMPROVEMENT), ON)).rule());
        assertThrows(RuleViolation.class, () -> stockport.requireStrongAuthority(null, ON));
        Organisation alliance = Fixtures.localAuthority("Alliance", null);
        alliance.kind = OrganisationKind.OTHER;
        assertThrows(RuleViolation.class, () -> alliance.requireStrongAuthority(inspection(Judgement.OUTSTANDING), ON));
    }

    @Test
    void onlyALocalAuthorityNamesACouncil() {
        Organisation.requireCouncilMatchesKind(OrganisationKind.LOCAL_AUTHORITY, true);
        Organisation.requireCouncilMatchesKind(OrganisationKind.OTHER, false);
        assertThrows(InvalidInput.class, () -> Organisation.requireCouncilMatchesKind(OrganisationKind.LOCAL_AUTHORITY, false));
        assertThrows(InvalidInput.class, () -> Organisation.requireCouncilMatchesKind(OrganisationKind.OTHER, true));
    }

    @Test
    void anIdentityLinkEndsOnceAndNeverForARetiredPerson() {
        Person person = Fixtures.person("Eleanor Brazil");
        PersonIdentity link = PersonIdentity.link(person, "https://issuer.example", "sub-1", OffsetDateTime.now(), " ");
        assertEquals(null, link.notes);
        assertEquals("ACTIVE", link.snapshot().status());
        link.end(OffsetDateTime.now(), " Left ");
        assertEquals("ENDED", link.snapshot().status());
        assertEquals("Left", link.endReason);
        assertEquals("identity-link-ended", assertThrows(Conflict.class, () -> link.end(OffsetDateTime.now(), "again")).slug());
        person.status = RecordStatus.RETIRED;
        assertEquals("holder-retired", assertThrows(RuleViolation.class,
                () -> PersonIdentity.link(person, "https://issuer.example", "sub-2", OffsetDateTime.now(), null)).rule());
    }

    private static OfstedInspection inspection(Judgement overall) {
        OfstedInspection i = new OfstedInspection();
        i.overallEffectiveness = overall;
        i.publishedOn = ON.minusMonths(6);
        return i;
    }
}

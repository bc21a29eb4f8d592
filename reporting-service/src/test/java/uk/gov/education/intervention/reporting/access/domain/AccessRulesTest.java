package uk.gov.education.intervention.reporting.access.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who writes which section, and what a caller holds per council, as pure rules. */
class AccessRulesTest {

    private static final String STOKE = "E06000021";
    private static final String STOCKPORT = "E08000007";
    private static final String PIP = "PARTNER_IN_PRACTICE";
    private static final String DCS = "DIRECTOR_OF_CHILDRENS_SERVICES";
    private static final LocalDate TODAY = LocalDate.of(2023, 6, 15);

    private static final Supplier<Set<String>> NOT_ASKED = () -> {
        throw new AssertionError("councils-service was asked without need");
    };

    private static SectionWriters writer(boolean admin, boolean dfe, boolean ownStaff, Set<String> keys, Set<String> filled) {
        return new SectionWriters(STOKE, admin, dfe, ownStaff, () -> keys, () -> filled, TODAY);
    }

    @Test
    void dfeAdminWritesAnySectionWithoutAskingAnything() {
        SectionWriters admin = new SectionWriters(STOKE, true, true, false, NOT_ASKED, NOT_ASKED, TODAY);
        assertNull(admin.refusal("COUNCIL", null));
        assertNull(admin.refusal(PIP, STOCKPORT));
    }

    @Test
    void theCouncilsOwnSectionIsItsStaffsAndIsDecidedWithoutAskingAnything() {
        assertNull(new SectionWriters(STOKE, false, false, true, NOT_ASKED, NOT_ASKED, TODAY).refusal("COUNCIL", null));
        String refusal = new SectionWriters(STOKE, false, false, false, NOT_ASKED, NOT_ASKED, TODAY).refusal("COUNCIL", null);
        assertEquals("The council's own section is written by council " + STOKE + "'s own staff.", refusal);
    }

    @Test
    void otherDepartmentRolesWriteNoSection() {
        assertEquals("Your role does not write sections.", writer(false, true, false, Set.of(), Set.of()).refusal(DCS, null));
    }

    @Test
    void anAppointmentWritesItsRolesSection() {
        SectionWriters partner = new SectionWriters(STOKE, false, false, false, () -> Set.of(PIP + ":" + STOCKPORT), NOT_ASKED, TODAY);
        assertNull(partner.refusal(PIP, STOCKPORT));
        String other = writer(false, false, false, Set.of(PIP + ":" + STOCKPORT), Set.of(PIP)).refusal(PIP, "E06000035");
        assertNotNull(other);
        assertTrue(other.contains("as E06000035"), other);
    }

    @Test
    void theCouncilsStaffWriteTheDcsSectionOnlyWhileNoDcsIsRecorded() {
        assertNull(writer(false, false, true, Set.of(), Set.of()).refusal(DCS, null));
        String filled = writer(false, false, true, Set.of(), Set.of(DCS)).refusal(DCS, null);
        assertTrue(filled.contains("you do not hold that appointment"), filled);
    }

    @Test
    void aRoleNobodyHoldsIsWrittenOnlyByDfeAdmin() {
        String refusal = writer(false, false, true, Set.of(), Set.of()).refusal("IMPROVEMENT_BOARD_CHAIR", null);
        assertTrue(refusal.startsWith("Nobody is recorded as IMPROVEMENT_BOARD_CHAIR for council " + STOKE), refusal);
        assertTrue(refusal.endsWith("until the appointment is recorded."), refusal);
    }

    @Test
    void aPartnersSectionIsItsOrganisationsOwn() {
        Map<String, Holdings> h = Appointments.byCouncil(List.of(new RoleHolding(STOKE, PIP, true)), STOCKPORT, STOKE, List.of(PIP));
        assertEquals(Set.of(PIP + ":" + STOCKPORT), h.get(STOKE).sectionKeys());
        assertEquals(Set.of(PIP), h.get(STOKE).roles());
        assertEquals(Set.of(PIP), h.get(STOKE).filledRoles());
        assertFalse(h.get(STOKE).oversees());
    }

    @Test
    void anOrganisationsAppointmentCountsOnlyForThoseWhoSpeakForAnOrganisation() {
        Map<String, Holdings> h = Appointments.byCouncil(List.of(new RoleHolding(STOKE, PIP, true)), null, STOKE, null);
        assertEquals(Set.of(), h.get(STOKE).sectionKeys());
        assertNull(h.get(STOKE).filledRoles());
    }

    @Test
    void aPersonAppointedCommissionerOverseesAndANationalRoleCountsEverywhere() {
        Map<String, Holdings> h = Appointments.byCouncil(List.of(
                new RoleHolding(STOKE, "CHILDRENS_SERVICES_COMMISSIONER", false),
                new RoleHolding("E06000035", "CHILDRENS_SERVICES_COMMISSIONER", true),
                new RoleHolding(null, "MINISTER_CHILDREN_FAMILIES", false),
                new RoleHolding(STOKE, "NOT_A_CONTRIBUTOR", false)), null, null, List.of("ignored"));
        assertTrue(h.get(STOKE).oversees());
        assertEquals(Set.of("CHILDRENS_SERVICES_COMMISSIONER", "MINISTER_CHILDREN_FAMILIES"), h.get(STOKE).sectionKeys());
        assertNull(h.get(STOKE).filledRoles(), "an answer for every council says nothing of vacancies");
        assertFalse(h.containsKey("E06000035"), "an organisation's appointment without an organisation to speak for counts nowhere");
    }
}

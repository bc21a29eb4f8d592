package uk.gov.education.intervention.reporting.service;

import java.util.List;
import java.util.Set;

/** Who may contribute a section: councils-service role codes, or COUNCIL for the council itself. */
public final class Contributors {

    public static final String COUNCIL = "COUNCIL";

    /** Roles held by partner authorities: they push their own section of the council's reports. */
    public static final Set<String> PARTNER_ROLES = Set.of("PARTNER_IN_PRACTICE", "IMPROVEMENT_ADVISOR",
            "LEADERSHIP_IMPROVEMENT_PARTNER");

    public static final List<String> ALL = List.of(COUNCIL, "CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER",
            "IMPROVEMENT_ADVISOR", "PARTNER_IN_PRACTICE", "LEADERSHIP_IMPROVEMENT_PARTNER", "REGIONAL_IMPROVEMENT_ALLIANCE",
            "DIRECTOR_OF_CHILDRENS_SERVICES", "IMPROVEMENT_BOARD_CHAIR", "MINISTER_CHILDREN_FAMILIES", "SENIOR_CIVIL_SERVANT");

    private Contributors() {
    }

    public static boolean isPartnerRole(String role) {
        return PARTNER_ROLES.contains(role);
    }
}

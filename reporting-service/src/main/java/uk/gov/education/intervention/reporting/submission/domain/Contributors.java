package uk.gov.education.intervention.reporting.submission.domain;

import java.util.List;
import java.util.Set;

/**
 * Who may contribute a section: councils-service role codes, or COUNCIL for the council itself.
 * Who writes each is decided by {@link AccessPolicy.Standing#writerRefusal}.
 */
public final class Contributors {

    public static final String COUNCIL = "COUNCIL";
    public static final String DCS = "DIRECTOR_OF_CHILDRENS_SERVICES";

    /** Roles held by partner organisations: each writes a section of its own, keyed by its council. */
    public static final Set<String> PARTNER_ROLES = Set.of("PARTNER_IN_PRACTICE", "IMPROVEMENT_ADVISOR",
            "LEADERSHIP_IMPROVEMENT_PARTNER");

    /** The Commissioners' roles: their holders oversee the council's reports. */
    public static final Set<String> COMMISSIONER_ROLES = Set.of("CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER");

    public static final List<String> ALL = List.of(COUNCIL, "CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER",
            "IMPROVEMENT_ADVISOR", "PARTNER_IN_PRACTICE", "LEADERSHIP_IMPROVEMENT_PARTNER", "REGIONAL_IMPROVEMENT_ALLIANCE",
            DCS, "IMPROVEMENT_BOARD_CHAIR", "MINISTER_CHILDREN_FAMILIES", "SENIOR_CIVIL_SERVANT");

    private Contributors() {
    }

    public static boolean isPartnerRole(String role) {
        return PARTNER_ROLES.contains(role);
    }
}

package uk.gov.education.intervention.reporting.service;

import uk.gov.education.intervention.platform.security.Roles;

import java.util.List;
import java.util.Set;

/** Who may contribute a section: councils-service role codes, or COUNCIL for the council itself. */
public final class Contributors {

    public static final String COUNCIL = "COUNCIL";

    /** Roles held by partner authorities: they push their own section of the council's reports. */
    public static final Set<String> PARTNER_ROLES = Set.of("PARTNER_IN_PRACTICE", "IMPROVEMENT_ADVISOR",
            "LEADERSHIP_IMPROVEMENT_PARTNER");

    /** The Commissioner's own sections: written by a commissioner for the council (or dfe-admin). */
    public static final Set<String> COMMISSIONER_ROLES = Set.of("CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER");

    /** The council's own sections: written by the council's users (or dfe-admin). */
    public static final Set<String> COUNCIL_ROLES = Set.of(COUNCIL, "DIRECTOR_OF_CHILDRENS_SERVICES");

    public static final List<String> ALL = List.of(COUNCIL, "CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER",
            "IMPROVEMENT_ADVISOR", "PARTNER_IN_PRACTICE", "LEADERSHIP_IMPROVEMENT_PARTNER", "REGIONAL_IMPROVEMENT_ALLIANCE",
            "DIRECTOR_OF_CHILDRENS_SERVICES", "IMPROVEMENT_BOARD_CHAIR", "MINISTER_CHILDREN_FAMILIES", "SENIOR_CIVIL_SERVANT");

    private Contributors() {
    }

    public static boolean isPartnerRole(String role) {
        return PARTNER_ROLES.contains(role);
    }

    /**
     * The caller roles that write a contributor's section for a council they have full access to
     * (partner authorities write theirs through their appointment; dfe-admin writes any).
     */
    public static Set<String> writers(String contributor) {
        if (isPartnerRole(contributor)) {
            return Set.of();
        }
        if (COMMISSIONER_ROLES.contains(contributor)) {
            return Set.of(Roles.COMMISSIONER);
        }
        if (COUNCIL_ROLES.contains(contributor)) {
            return Set.of(Roles.COUNCIL_REPORTER);
        }
        // the Improvement Board's chair (the Commissioner at Stoke-on-Trent), regional and national roles
        return Set.of(Roles.COUNCIL_REPORTER, Roles.COMMISSIONER);
    }
}

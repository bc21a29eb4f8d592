package uk.gov.education.intervention.reporting.access.domain;

import java.util.Set;

/**
 * What a caller holds for one council on a day, by appointment of its person or its organisation:
 * whether it oversees the council (a Commissioner), the roles it holds, the keys of the sections
 * those roles write, the roles anybody holds there ({@code filledRoles}; null when not asked), and the
 * roles its person holds for the council in person ({@code personalRoles}: a DCS is appointed by name).
 */
public record Holdings(boolean oversees, Set<String> roles, Set<String> sectionKeys, Set<String> filledRoles,
                       Set<String> personalRoles) {

    public static final Holdings NONE = new Holdings(false, Set.of(), Set.of(), null, Set.of());
}

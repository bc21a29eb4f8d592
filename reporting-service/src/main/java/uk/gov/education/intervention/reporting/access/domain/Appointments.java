package uk.gov.education.intervention.reporting.access.domain;

import uk.gov.education.intervention.reporting.submission.domain.Contributors;
import uk.gov.education.intervention.reporting.submission.domain.Section;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the appointments councils-service reports for a caller into what it holds per council.
 * Roles that are no contributor are ignored; a partner's section is its organisation's own, any
 * other role has one section; a national role (no council) counts in every council; an
 * organisation's appointment counts only for a caller who speaks for an organisation.
 */
public final class Appointments {

    private Appointments() {
    }

    /**
     * @param organisation the caller's organisation (its council's GSS code), or null
     * @param asked        the council asked about, or null when every council was
     * @param filledRoles  the roles anybody holds in the council asked about; null when every council was asked
     */
    public static Map<String, Holdings> byCouncil(List<RoleHolding> holdings, String organisation, String asked,
                                                  List<String> filledRoles) {
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        Set<String> nationalRoles = new HashSet<>();
        for (RoleHolding h : holdings) {
            if (h.roleCode() == null || !Contributors.ALL.contains(h.roleCode())) {
                continue;
            }
            if (h.councilGss() == null) {
                nationalRoles.add(h.roleCode());
            } else if (!h.byOrganisation() || organisation != null) {
                String key = Section.key(h.roleCode(), h.byOrganisation() && Contributors.isPartnerRole(h.roleCode()) ? organisation : null);
                roles.computeIfAbsent(h.councilGss(), k -> new TreeSet<>()).add(h.roleCode());
                keys.computeIfAbsent(h.councilGss(), k -> new TreeSet<>()).add(key);
            }
        }
        Set<String> councilsNamed = new TreeSet<>(roles.keySet());
        if (asked != null) {
            councilsNamed.add(asked);
        }
        Set<String> filled = asked != null && filledRoles != null ? Set.copyOf(filledRoles) : null;
        Map<String, Holdings> out = new HashMap<>();
        for (String council : councilsNamed) {
            Set<String> r = new TreeSet<>(roles.getOrDefault(council, Set.of()));
            Set<String> k = new TreeSet<>(keys.getOrDefault(council, Set.of()));
            r.addAll(nationalRoles);
            k.addAll(nationalRoles);
            out.put(council, new Holdings(oversees(holdings, council), Set.copyOf(r), Set.copyOf(k), filled,
                    personalRoles(holdings, council)));
        }
        return out;
    }

    /** The roles the caller's person (not its organisation) holds for the council. */
    private static Set<String> personalRoles(List<RoleHolding> holdings, String council) {
        Set<String> out = new TreeSet<>();
        holdings.stream().filter(h -> council.equals(h.councilGss()) && !h.byOrganisation() && h.roleCode() != null)
                .forEach(h -> out.add(h.roleCode()));
        return Set.copyOf(out);
    }

    /** A person (not an organisation) appointed Commissioner for the council oversees it. */
    private static boolean oversees(List<RoleHolding> holdings, String council) {
        return holdings.stream().anyMatch(h -> council.equals(h.councilGss()) && !h.byOrganisation()
                && Contributors.COMMISSIONER_ROLES.contains(h.roleCode()));
    }
}

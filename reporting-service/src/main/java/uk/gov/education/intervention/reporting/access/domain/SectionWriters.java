package uk.gov.education.intervention.reporting.access.domain;

import uk.gov.education.intervention.reporting.submission.domain.Contributors;
import uk.gov.education.intervention.reporting.submission.domain.Section;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who writes which section of a council's reports on a day. dfe-admin writes any (on the holder's
 * behalf); the council's own staff write COUNCIL, and the DCS's while no DCS is recorded; a holder
 * of a role writes that role's section (a partner organisation's staff: their organisation's own);
 * nobody else writes, and other DfE roles write none.
 *
 * @param council     the council whose report it is
 * @param admin       the caller is dfe-admin
 * @param dfe         the caller has a Department role
 * @param ownStaff    the caller is the council's own staff
 * @param sectionKeys the sections the caller writes by appointment (asked only when needed)
 * @param filledRoles the roles anybody holds for the council (asked only when needed)
 */
public record SectionWriters(String council, boolean admin, boolean dfe, boolean ownStaff, Supplier<Set<String>> sectionKeys,
                             Supplier<Set<String>> filledRoles, LocalDate today) {

    /** Null when the caller writes this contributor's section (for a partner: that organisation's); otherwise why not. */
    public String refusal(String contributor, String organisationGss) {
        if (admin) {
            return null;
        }
        if (Contributors.COUNCIL.equals(contributor)) {
            return ownStaff ? null : "The council's own section is written by council " + council + "'s own staff.";
        }
        if (dfe) {
            return "Your role does not write sections.";
        }
        if (sectionKeys.get().contains(Section.key(contributor, organisationGss))) {
            return null;
        }
        boolean filled = filledRoles.get().contains(contributor);
        if (Contributors.DCS.equals(contributor) && !filled && ownStaff) {
            return null;
        }
        if (Contributors.isPartnerRole(contributor)) {
            return "A " + contributor + " section is written by the staff of the organisation appointed " + contributor
                    + " for council " + council + (organisationGss == null ? "" : ", and this one by " + organisationGss + "'s")
                    + "; on " + today + " your organisation holds no such appointment" + (organisationGss == null ? "" : " as " + organisationGss) + ".";
        }
        if (filled) {
            return "The " + contributor + " section of council " + council + "'s reports is written by the person appointed "
                    + contributor + " for it on " + today + " (per councils-service); you do not hold that appointment.";
        }
        return "Nobody is recorded as " + contributor + " for council " + council + " on " + today + " (per councils-service), so "
                + "nobody but dfe-admin (on the holder's behalf) writes that section until the appointment is recorded"
                + (Contributors.DCS.equals(contributor) ? "; while none is, the council's own staff write it." : ".");
    }
}

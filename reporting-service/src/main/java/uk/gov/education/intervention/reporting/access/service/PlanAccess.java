package uk.gov.education.intervention.reporting.access.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.submission.domain.Contributors;

/**
 * Who reads and changes a council's improvement plan, decided as the rest of {@link AccessPolicy} is: a
 * council's own staff, its Commissioner, anyone appointed for it today (its partner authorities among
 * them) and the Department read it; only dfe-admin, the council's Commissioner and the person appointed
 * its Director of Children's Services today (per councils-service) change it.
 */
@RequestScoped
public class PlanAccess {

    /** The caller may not change this council's plan (403). */
    public static final String PLAN_WRITER = "plan-writer";

    @Inject
    AccessPolicy access;

    /** Throws 403 ({@code council-access}) unless the caller has standing for the council today. */
    public void requireReader(String gss) {
        access.requireAny(gss);
    }

    /**
     * Throws 403 unless the caller changes the council's plan today: {@code council-access} when it may not even
     * read it (so that the refusal says nothing more), {@code plan-writer} when it reads but does not change it.
     */
    public void requireWriter(String gss) {
        if (access.caller().hasRole(Roles.DFE_ADMIN)) {
            return;
        }
        AccessPolicy.Standing s = access.requireAny(gss);
        if (s.oversees() || s.holdsInPerson(Contributors.DCS)) {
            return;
        }
        throw new AccessDenied(PLAN_WRITER, "Council " + gss + "'s improvement plan is changed only by dfe-admin, the council's "
                + "Commissioner and its Director of Children's Services, as appointed on " + access.today()
                + " (per councils-service); you read it.");
    }

    /**
     * Whether the caller sees who made each change: those who read the council's reports whole (the Department,
     * its staff, its Commissioner) do; a partner reads what the plan says, not who in the council said it.
     */
    public boolean seesNames(String gss) {
        return access.standing(gss).wholeReport();
    }

    /** The caller's name as changes record it. */
    public String actor() {
        return access.caller().subject();
    }
}

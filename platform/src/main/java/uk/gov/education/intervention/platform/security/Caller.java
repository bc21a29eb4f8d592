package uk.gov.education.intervention.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.education.intervention.platform.problem.Problems;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller as its token describes it. DfE roles reach every council; a commissioner or a
 * council's user reaches only the councils in the token's {@code councils} claim (GSS codes).
 */
@RequestScoped
public class Caller {

    /** Claim listing the GSS codes of the councils a non-DfE caller acts for. */
    public static final String COUNCILS_CLAIM = "councils";

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getName() != null ? jwt.getName() : jwt.getSubject();
    }

    public boolean isDfe() {
        Set<String> groups = jwt.getGroups();
        return groups != null && (groups.contains(Roles.DFE_ADMIN) || groups.contains(Roles.DFE_ANALYST));
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** The GSS codes this caller acts for (empty for DfE roles, who act for all). */
    public Set<String> councils() {
        Object claim = jwt.getClaim(COUNCILS_CLAIM);
        Set<String> codes = new TreeSet<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(v -> codes.add(unquote(String.valueOf(v))));
        } else if (claim instanceof jakarta.json.JsonArray a) {
            a.forEach(v -> codes.add(unquote(v.toString())));
        } else if (claim != null) {
            codes.add(unquote(claim.toString()));
        }
        return codes;
    }

    public boolean canReach(String gssCode) {
        return isDfe() || councils().contains(gssCode);
    }

    /** Throws 403 unless the caller may act for this council. */
    public void requireCouncil(String gssCode) {
        if (!canReach(gssCode)) {
            throw Problems.forbidden("Your token does not grant access to council " + gssCode + ".");
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

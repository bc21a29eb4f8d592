package uk.gov.education.intervention.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * The caller as its token describes it: who it is (issuer and subject), its role ({@code groups}),
 * and, for a council's or a partner authority's staff, the organisation it works for. What it may
 * do for a council is not in the token: the services decide that from appointments on the day.
 */
@RequestScoped
public class Caller {

    /**
     * Claim naming the organisation a {@code council-reporter} works for: the GSS code of its council
     * (a local authority), e.g. E08000007 for Stockport's staff.
     */
    public static final String ORGANISATION_CLAIM = "organisation";

    private static final String GSS = "[ENSW][0-9]{8}";

    @Inject
    JsonWebToken jwt;

    private Set<String> groups;

    /** The caller's name as the audit records it ({@code upn}, else {@code sub}). */
    public String subject() {
        return jwt.getName() != null ? jwt.getName() : jwt.getSubject();
    }

    /** The token's issuer ({@code iss}): with {@link #tokenSubject()}, the identity a person is linked to. */
    public String issuer() {
        return jwt.getIssuer();
    }

    /** The token's subject ({@code sub}) as the issuer gives it. */
    public String tokenSubject() {
        return jwt.getSubject();
    }

    public boolean isDfe() {
        Set<String> groups = groups();
        return groups.contains(Roles.DFE_ADMIN) || groups.contains(Roles.DFE_ANALYST);
    }

    public boolean hasRole(String role) {
        return groups().contains(role);
    }

    /**
     * The token's roles, read once a request: the token builds the set from its claims on every call, and a page of
     * due items asks for each item it shows (5% of reporting-service's CPU on that path at bench scale 100).
     */
    private Set<String> groups() {
        if (groups == null) {
            Set<String> read = jwt.getGroups();
            groups = read == null ? Set.of() : read;
        }
        return groups;
    }

    /**
     * The council whose staff a {@code council-reporter} is (its {@code organisation} claim, a GSS
     * code); empty for other roles, and for a claim that is not a GSS code.
     */
    public Optional<String> organisation() {
        if (!hasRole(Roles.COUNCIL_REPORTER)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(ORGANISATION_CLAIM);
        String value = claim instanceof JsonString s ? s.getString() : claim instanceof String s ? s : null;
        return value != null && value.matches(GSS) ? Optional.of(value) : Optional.empty();
    }
}

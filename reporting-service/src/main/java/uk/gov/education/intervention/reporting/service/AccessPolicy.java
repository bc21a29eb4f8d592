package uk.gov.education.intervention.reporting.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.DownstreamRejectedException;
import uk.gov.education.intervention.reporting.client.RemoteAppointment;
import uk.gov.education.intervention.reporting.client.RemoteOrganisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the caller may do for a council.
 * <ul>
 * <li>DfE roles: every council. Commissioners: the councils in their token. A council's users
 * ({@code council-reporter}): their own council (in their token).</li>
 * <li>A partner authority: a {@code council-reporter} whose own council's organisation holds an
 * active Partner in Practice, Improvement Advisor or Leadership Improvement Partner appointment
 * for another council today (councils-service says) may push its own section of that council's
 * reports and read what it pushed, nothing more.</li>
 * </ul>
 */
@RequestScoped
public class AccessPolicy {

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class);

    /** The caller's standing for one council. */
    public record Access(String councilGss, boolean full, PartnerGrant partner) {
        public boolean any() {
            return full || partner != null;
        }
    }

    /**
     * A partner authority's standing: the GSS code of its own council (which its sections name)
     * and the partner roles its organisation holds for the council today.
     */
    public record PartnerGrant(String partnerGss, String organisationName, Set<String> roles) {
    }

    @Inject
    Caller caller;

    @Inject
    CouncilsGateway councils;

    @Inject
    Clock clock;

    private final Map<String, Optional<PartnerGrant>> grants = new HashMap<>();

    public Caller caller() {
        return caller;
    }

    public boolean isDfe() {
        return caller.isDfe();
    }

    /** The caller's own councils (empty for DfE roles, who reach all). */
    public Set<String> ownCouncils() {
        return caller.councils();
    }

    public boolean fullAccess(String gss) {
        return caller.isDfe() || caller.councils().contains(gss);
    }

    /** Full access, or a partner grant (asking councils-service), or neither. */
    public Access access(String gss) {
        if (fullAccess(gss)) {
            return new Access(gss, true, null);
        }
        return new Access(gss, false, partnerGrant(gss).orElse(null));
    }

    /** Throws 403 unless the caller has full access to the council. */
    public void requireFull(String gss) {
        if (!fullAccess(gss)) {
            throw Problems.forbidden("Your token does not grant access to council " + gss + ".");
        }
    }

    /** Throws 403 unless the caller has full access or a partner grant for the council. */
    public Access requireAny(String gss) {
        Access a = access(gss);
        if (!a.any()) {
            throw Problems.forbidden("Your token does not grant access to council " + gss
                    + ", and your council's organisation holds no active partner appointment for it today.");
        }
        return a;
    }

    /** Only dfe-admin, or a commissioner for the council, reviews and records board meetings. */
    public void requireOversight(String gss) {
        boolean ok = caller.hasRole(Roles.DFE_ADMIN) || (caller.hasRole(Roles.COMMISSIONER) && caller.councils().contains(gss));
        if (!ok) {
            throw Problems.forbidden("Only dfe-admin or a commissioner for council " + gss + " may do this.");
        }
    }

    private Optional<PartnerGrant> partnerGrant(String gss) {
        if (!caller.hasRole(Roles.COUNCIL_REPORTER)) {
            return Optional.empty();
        }
        return grants.computeIfAbsent(gss, this::askCouncilsService);
    }

    private Optional<PartnerGrant> askCouncilsService(String gss) {
        LocalDate today = LocalDate.now(clock);
        try {
            for (String own : caller.councils()) {
                Optional<RemoteOrganisation> org = councils.organisationOfCouncil(own);
                if (org.isEmpty() || org.get().id() == null) {
                    continue;
                }
                Set<String> roles = new TreeSet<>();
                for (RemoteAppointment a : councils.activeAppointments(org.get().id(), gss, today)) {
                    if (a.roleCode() != null && Contributors.isPartnerRole(a.roleCode())
                            && (a.councilGssCode() == null || a.councilGssCode().equals(gss))) {
                        roles.add(a.roleCode());
                    }
                }
                if (!roles.isEmpty()) {
                    return Optional.of(new PartnerGrant(own, org.get().name(), roles));
                }
            }
            return Optional.empty();
        } catch (DownstreamRejectedException e) {
            if (e.status() == 404) {
                // councils-service knows no such council: nobody holds an appointment for it
                return Optional.empty();
            }
            LOG.warnf("cannot check partner appointments with councils-service: %s", e.toString());
            throw Problems.dependencyUnavailable("councils-service",
                    "Whether your organisation holds a partner appointment for council " + gss
                            + " cannot be checked now: councils-service refused reporting-service's request. Try again later.");
        } catch (RuntimeException e) {
            LOG.warnf("cannot check partner appointments with councils-service: %s", e.toString());
            throw Problems.dependencyUnavailable("councils-service",
                    "Whether your organisation holds a partner appointment for council " + gss
                            + " cannot be checked now: councils-service is unavailable. Try again shortly.");
        }
    }
}

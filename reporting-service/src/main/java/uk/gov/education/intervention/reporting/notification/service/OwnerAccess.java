package uk.gov.education.intervention.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.downstream.DownstreamRejectedException;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.access.domain.Appointments;
import uk.gov.education.intervention.reporting.access.domain.Holdings;
import uk.gov.education.intervention.reporting.access.domain.RoleHolding;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteRoleHoldings;
import uk.gov.education.intervention.reporting.notification.domain.EventType;
import uk.gov.education.intervention.reporting.notification.domain.WebhookEvent;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a subscription's owner may read an event, decided when it is delivered by the access feature's
 * rules: the roles its token carried and the appointments councils-service records for it that day, never
 * what it could read when it subscribed.
 * <ul>
 * <li>Directions issued and revoked are read by anyone with a token.</li>
 * <li>The Department's roles read every council's events.</li>
 * <li>The council's own staff and its Commissioner (by appointment that day) read all of its events.</li>
 * <li>Anyone else appointed for the council reads the events about due items its roles owe; no
 * submission or review finding (their contents are read whole only by those above).</li>
 * </ul>
 * When councils-service cannot say, nothing is decided: the caller tries again later.
 */
@ApplicationScoped
public class OwnerAccess {

    @Inject
    CouncilsGateway councils;

    /** Asks councils-service at most once per owner and council in one {@code cache}. */
    public boolean mayRead(WebhookSubscription s, WebhookEvent e, LocalDate on, Map<String, Holdings> cache) {
        EventType type = e.eventType();
        if (type.direction()) {
            return true;
        }
        Set<String> roles = s.roles();
        if (roles.contains(Roles.DFE_ADMIN) || roles.contains(Roles.DFE_ANALYST)) {
            return true;
        }
        if (e.councilGss.equals(s.ownerOrganisation)) {
            return true;
        }
        Holdings h = cache.computeIfAbsent(s.ownerIdentity + " " + s.ownerOrganisation + " " + e.councilGss,
                k -> holdings(s, e.councilGss, on));
        if (roles.contains(Roles.COMMISSIONER) && h.oversees()) {
            return true;
        }
        return type.dueItem() && e.owedByRoles().stream().anyMatch(h.roles()::contains);
    }

    private Holdings holdings(WebhookSubscription s, String council, LocalDate on) {
        RemoteRoleHoldings answer;
        try {
            answer = councils.roleHoldings(s.ownerIssuer, s.ownerTokenSubject, s.ownerOrganisation, council, on);
        } catch (DownstreamRejectedException ex) {
            if (ex.status() == 404) {
                return Holdings.NONE;
            }
            throw ex;
        }
        List<RoleHolding> holdings = answer.holdingsOrEmpty().stream()
                .map(h -> new RoleHolding(h.councilGssCode(), h.roleCode(), h.byOrganisation())).toList();
        return Appointments.byCouncil(holdings, s.ownerOrganisation, council, answer.filledRoles()).getOrDefault(council, Holdings.NONE);
    }
}

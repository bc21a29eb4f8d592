package uk.gov.education.intervention.reporting.improvement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.downstream.DownstreamRejectedException;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.improvement.domain.ActionDraft;
import uk.gov.education.intervention.reporting.improvement.domain.KnownOwner;

import java.util.Optional;
import java.util.UUID;

/**
 * Confirms with councils-service that an action's owner exists before the action is added or revised: a role
 * by its code ({@code GET /v1/roles}), an organisation or a person by id ({@code GET /v1/organisations/{id}},
 * {@code /v1/people/{id}}). An owner councils-service does not hold is 422 {@code unknown-action-owner} (its
 * ids are UUIDs, so another reference names nothing there and is not sent). When councils-service cannot
 * answer (down, too slow, its breaker open, a 5xx, or a refusal of reporting-service's own request) the owner
 * cannot be checked: 503, and the action is not stored unchecked. Only existence is checked, not whether the
 * role is filled or the organisation or person retired.
 */
@ApplicationScoped
public class ActionOwners {

    private static final Logger LOG = Logger.getLogger(ActionOwners.class);

    @Inject
    CouncilsGateway councils;

    public KnownOwner require(ActionDraft d) {
        Optional<KnownOwner> found;
        try {
            found = find(d);
        } catch (DownstreamRejectedException e) {
            LOG.warnf("councils-service refused to look up an action owner: %s", e.toString());
            throw unchecked(d, "councils-service refused reporting-service's request (HTTP " + e.status() + ")");
        } catch (RuntimeException e) {
            LOG.warnf("cannot ask councils-service for an action owner: %s", e.toString());
            throw unchecked(d, "councils-service is unavailable");
        }
        return found.orElseThrow(() -> new RuleViolation("unknown-action-owner", "The action's owner is not known",
                "owner.reference: councils-service records no " + d.ownerKind().name().toLowerCase() + " '" + d.ownerReference()
                        + "'. Name " + switch (d.ownerKind()) {
                            case ROLE -> "a role code from councils-service's GET /v1/roles";
                            case ORGANISATION -> "an organisation by its id in councils-service";
                            case PERSON -> "a person by their id in councils-service";
                        } + ". Nothing was changed."));
    }

    private Optional<KnownOwner> find(ActionDraft d) {
        String ref = d.ownerReference();
        return switch (d.ownerKind()) {
            case ROLE -> councils.roles().stream().filter(r -> ref.equals(r.code())).findFirst()
                    .map(r -> new KnownOwner(d.ownerKind(), ref, r.name()));
            case ORGANISATION -> uuid(ref).flatMap(councils::organisation).map(o -> new KnownOwner(d.ownerKind(), ref, o.name()));
            case PERSON -> uuid(ref).flatMap(councils::person).map(p -> new KnownOwner(d.ownerKind(), ref, p.displayName()));
        };
    }

    /** councils-service's ids are UUIDs in their canonical form; any other reference names no record there. */
    private static Optional<UUID> uuid(String ref) {
        try {
            UUID id = UUID.fromString(ref);
            return id.toString().equalsIgnoreCase(ref) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static DependencyUnavailable unchecked(ActionDraft d, String why) {
        return new DependencyUnavailable("councils-service", "The action's owner (" + d.ownerKind() + " " + d.ownerReference()
                + ") cannot be checked now: owners are checked against the roles, organisations and people councils-service "
                + "records, and " + why + ". Nothing was changed; try again shortly.");
    }
}

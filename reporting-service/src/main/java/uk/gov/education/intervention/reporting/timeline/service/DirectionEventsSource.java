package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.client.DirectionsGateway;

import java.util.Set;

/** Directions issued and revoked: one call to directions-service a page. */
@ApplicationScoped
public class DirectionEventsSource implements TimelineSource {

    static final Set<String> KINDS = Set.of("DIRECTION_ISSUED", "DIRECTION_REVOKED");

    @Inject
    DirectionsGateway directions;

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public Read read(Window w) {
        return RemoteEvents.read("directions-service", "directions issued and revoked", w,
                () -> directions.events(w.council(), w.from(), w.to(), String.join(",", w.kinds()), w.max(),
                        w.after() == null ? null : w.after().key()));
    }
}

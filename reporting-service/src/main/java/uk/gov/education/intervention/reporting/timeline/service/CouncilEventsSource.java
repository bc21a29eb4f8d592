package uk.gov.education.intervention.reporting.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;

import java.util.Set;

/** Inspections published, appointments made, continued and ended, partnership terms agreed: one call to councils-service a page. */
@ApplicationScoped
public class CouncilEventsSource implements TimelineSource {

    static final Set<String> KINDS = Set.of("APPOINTMENT_ENDED", "APPOINTMENT_EXTENDED", "APPOINTMENT_MADE", "INSPECTION_PUBLISHED",
            "PARTNERSHIP_AGREED");

    @Inject
    CouncilsGateway councils;

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public Read read(Window w) {
        return RemoteEvents.read("councils-service", "inspections, appointments and partnerships", w,
                () -> councils.events(w.council(), w.from(), w.to(), String.join(",", w.kinds()), w.max(),
                        w.after() == null ? null : w.after().key()));
    }
}

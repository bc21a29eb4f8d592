package uk.gov.education.intervention.reporting.timeline.service;

import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.downstream.DownstreamRejectedException;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.util.List;
import java.util.function.Supplier;

/** Asks another service for a council's events once, and turns its failure into what the timeline lacks. */
final class RemoteEvents {

    private static final Logger LOG = Logger.getLogger(RemoteEvents.class);

    private RemoteEvents() {
    }

    static TimelineSource.Read read(String service, String what, TimelineSource.Window w, Supplier<List<TimelineEntry>> call) {
        try {
            return TimelineSource.Read.of(call.get());
        } catch (DownstreamRejectedException e) {
            if (e.status() == 404) {
                throw new NotFound("Council", w.council());
            }
            LOG.warnf("%s refused the timeline's request: %s", service, e.toString());
            return TimelineSource.Read.missing(what + " (" + service + " refused the request)");
        } catch (RuntimeException e) {
            LOG.warnf("%s could not answer the timeline's request: %s", service, e.toString());
            return TimelineSource.Read.missing(what + " (" + service + " is unavailable)");
        }
    }
}

package uk.gov.education.intervention.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

public class ClockProducer {

    /** Statutory dates ('active on', 'due on') are UK calendar dates. Tests may replace the clock. */
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}

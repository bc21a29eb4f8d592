package uk.gov.education.intervention.reporting.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.Admission;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.util.function.Supplier;

/**
 * The answers whose size grows with the councils they cover (aggregates, iCalendar feeds), made a few at a time
 * ({@code reporting.heavy-reads.*}): eight callers asking for every council's aggregate at scale 100 held more than a
 * 96 MiB heap at once. The answer is made and written out inside the turn, so what it holds is bounded too.
 */
@ApplicationScoped
public class HeavyReads {

    @Inject
    ReportingConfig config;

    private Admission admission;

    @PostConstruct
    void init() {
        admission = new Admission("aggregates and calendar feeds", config.heavyReads().concurrency(), config.heavyReads().maxWait());
    }

    public <T> T run(Supplier<T> answer) {
        return admission.run(answer);
    }
}

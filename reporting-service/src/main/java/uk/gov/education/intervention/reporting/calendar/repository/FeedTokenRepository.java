package uk.gov.education.intervention.reporting.calendar.repository;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.calendar.domain.FeedToken;
import uk.gov.education.intervention.reporting.persistence.RecordsById;

@ApplicationScoped
public class FeedTokenRepository implements RecordsById<FeedToken> {

    @Override
    public String noun() {
        return "Calendar subscription";
    }
}

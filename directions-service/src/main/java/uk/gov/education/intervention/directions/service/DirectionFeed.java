package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.DirectionAnnouncement;
import uk.gov.education.intervention.directions.repository.DirectionRepository;

import java.util.List;

/** The directions issued and revoked, newest first, for the Atom feed. */
@ApplicationScoped
public class DirectionFeed {

    /** How many events the feed holds: a sliding window, as feed readers poll and keep what they saw. */
    public static final int WINDOW = 50;
    /** Directions read to find them (newest by date first); far more than statutory directions ever issued. */
    static final int SCAN = 5000;

    @Inject
    DirectionRepository repository;

    public List<DirectionAnnouncement> latest() {
        return repository.issuedOrRevoked(SCAN).stream()
                .flatMap(d -> DirectionAnnouncement.of(d).stream())
                .sorted(DirectionAnnouncement.NEWEST_FIRST)
                .limit(WINDOW)
                .toList();
    }
}

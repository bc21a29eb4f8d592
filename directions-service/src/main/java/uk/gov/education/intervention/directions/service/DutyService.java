package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.domain.DutyKey;
import uk.gov.education.intervention.directions.repository.DutyRepository;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.util.List;
import java.util.Set;

/**
 * Every duty of every issued or revoked direction, flattened with its direction's facts, so that
 * reporting-service builds all schedules from one call. Drafts impose nothing and never appear.
 */
@ApplicationScoped
public class DutyService {

    @Inject
    DutyRepository duties;

    /** Refuses a list of the duties of drafts: drafts impose none. */
    public static void requireImposing(Set<DirectionStatus> statuses) {
        if (statuses.contains(DirectionStatus.DRAFT)) {
            throw new InvalidInput("status", "drafts impose no duties: use ISSUED, REVOKED or both");
        }
    }

    /** Up to {@code limit} duties after {@code after}, in order of their direction's date and reference, then as the direction lists them. */
    public List<Duty> list(String council, Set<DirectionStatus> statuses, DutyKey after, int limit) {
        requireImposing(statuses);
        return duties.list(council, statuses, after, limit);
    }

    /**
     * A token that changes whenever any duty {@link #list} would answer for these filters changes (it may also change
     * when none did): read before the duties, so a caller holding it knows the whole feed, every page, is unchanged.
     */
    public String feedState(String council, Set<DirectionStatus> statuses) {
        requireImposing(statuses);
        return duties.feedState(council, statuses);
    }
}

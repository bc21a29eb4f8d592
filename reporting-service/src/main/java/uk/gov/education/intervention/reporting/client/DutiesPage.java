package uk.gov.education.intervention.reporting.client;

import uk.gov.education.intervention.reporting.schedule.domain.Duty;

import java.util.List;

/**
 * One page of directions-service's duties feed in this service's terms: the duties, the cursor of the next page (null
 * on the last), the feed's version tag, or {@code notModified} when the version asked about is still current.
 */
public record DutiesPage(boolean notModified, List<Duty> duties, String next, String etag) {

    static final DutiesPage NOT_MODIFIED = new DutiesPage(true, List.of(), null, null);
}

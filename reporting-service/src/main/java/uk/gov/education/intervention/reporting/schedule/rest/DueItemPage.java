package uk.gov.education.intervention.reporting.schedule.rest;

import uk.gov.education.intervention.platform.rest.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "DueItemPage", description = "A page of due items in due-date order. `degraded` is true when directions-service "
        + "could not be reached and the schedule comes from the last copy of its duties feed (read at `dutiesAsOf`).")
public record DueItemPage(
        List<DueItemView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.", nullable = true) String next,
        @Schema(example = "50") int limit,
        boolean degraded,
        @Schema(description = "What is stale, and why.") List<String> missing,
        @Schema(description = "When the duties feed used was read.") OffsetDateTime dutiesAsOf) implements Paged {
}

package uk.gov.education.intervention.directions.rest;

import uk.gov.education.intervention.platform.rest.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the duties feed, as the contract describes it (the suite's page shape, for duties). */
@Schema(name = "DutyPage", description = "A page of duties in order of direction date, reference and clause; `next` is absent on the last page.")
public record DutyPage(
        List<DutyView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.", nullable = true) String next,
        @Schema(example = "1000") int limit) implements Paged {
}

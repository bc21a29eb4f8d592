package uk.gov.education.intervention.reporting.timeline.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.platform.rest.Paged;
import uk.gov.education.intervention.reporting.timeline.service.TimelineService;

import java.util.List;

@Schema(name = "Timeline", description = "A page of a council's timeline, oldest first. When a service could not be reached, "
        + "`degraded` is true, `missing` says what is absent, and the page lists what the others gave.")
public record TimelineView(
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "The entries of this page: by day, then kind, then id.") List<TimelineEntryView> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.", nullable = true) String next,
        @Schema(description = "The page size used.", example = "50") int limit,
        @Schema(description = "True when a source could not be read and its entries are missing from this page.") boolean degraded,
        @Schema(description = "What is missing, and why.",
                example = "[\"directions issued and revoked (directions-service is unavailable)\"]") List<String> missing) implements Paged {

    static TimelineView of(String council, TimelineService.Page page, int limit) {
        return new TimelineView(council, page.entries().stream().map(TimelineEntryView::of).toList(),
                page.next() == null ? null : Cursor.encode(page.next().key()), limit, page.degraded(), page.missing());
    }
}

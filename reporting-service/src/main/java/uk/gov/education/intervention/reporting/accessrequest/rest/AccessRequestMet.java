package uk.gov.education.intervention.reporting.accessrequest.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AccessRequestMet", description = "That the council met a request: on which day (default today) and how.")
public record AccessRequestMet(
        @Schema(description = "The day the request was met: not before it was made, nor after today.", example = "2020-02-03",
                nullable = true) LocalDate metOn,
        @Size(max = 2000) @Schema(example = "Files shared on the secure portal; meetings held on 3 February.", nullable = true)
        String note) {
}

package uk.gov.education.intervention.reporting.submission.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VersionRequest", description = "A new version of a submission (a resubmission): the sections given replace the "
        + "same contributors' sections; the rest are carried forward.")
public record VersionRequest(
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull SectionRequest> sections,
        @Schema(description = "Structured fields merged key by key into the report.", example = "{\"ragRating\": \"GREEN\"}",
                nullable = true) ObjectNode fields,
        @Size(max = 2000) @Schema(example = "Revised as the reviewer asked.", nullable = true) String note) {
}

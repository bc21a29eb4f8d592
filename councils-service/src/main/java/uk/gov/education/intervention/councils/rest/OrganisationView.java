package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.councils.domain.RecordStatus;

import java.util.UUID;

@Schema(name = "Organisation", description = "A body that can hold a role: a local authority, the Department, or another body.")
public record OrganisationView(
        UUID id,
        @Schema(example = "Stockport Metropolitan Borough Council") String name,
        OrganisationKind kind,
        @Schema(description = "For a local authority, its council's GSS code.", example = "E08000007", nullable = true) String councilGssCode,
        RecordStatus status,
        @Schema(description = "Why it was retired; absent while it is active.", example = "Merged into another authority",
                nullable = true) String retiredReason) {
}

package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.OrganisationKind;

@Schema(name = "OrganisationRequest")
public record OrganisationRequest(
        @NotBlank @Size(max = 300) @Schema(example = "West Midlands Regional Improvement Alliance", required = true) String name,
        @NotNull @Schema(example = "REGIONAL_IMPROVEMENT_ALLIANCE", required = true) OrganisationKind kind,
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE)
        @Schema(description = "Required for a LOCAL_AUTHORITY, absent otherwise.", example = "E08000007") String councilGssCode) {
}

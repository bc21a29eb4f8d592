package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.Region;

@Schema(name = "CouncilUpdate", description = "The new state of a council's details (its GSS code cannot change).")
public record CouncilUpdate(
        @Pattern(regexp = "[0-9]{3}", message = "must be a three-digit DfE local-authority code such as 861")
        @Schema(example = "861") String laCode,
        @NotBlank @Size(max = 200) @Schema(example = "Stoke-on-Trent City Council", required = true) String name,
        @NotNull @Schema(required = true) CouncilType type,
        @NotNull @Schema(required = true) Region region) {
}

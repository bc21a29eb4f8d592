package uk.gov.education.intervention.directions.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Signatory", description = "Who signed the direction, in what capacity and on whose behalf.")
public record SignatoryText(
        @Schema(example = "Emily Whitehead") @NotBlank @Size(max = 200) String name,
        @Schema(example = "A Senior Civil Servant in the Department for Education") @NotBlank @Size(max = 300) String capacity,
        @Schema(description = "On whose behalf it was signed.", example = "the Secretary of State for Education")
        @NotBlank @Size(max = 300) String onBehalfOf,
        @Schema(description = "The date as the signature block prints it; absent means the direction's date in words.",
                example = "31.10.2019", nullable = true) @Size(max = 60) String dateAsPrinted,
        @Schema(description = "The name and capacity as the signature block prints them, when it does not print them on lines of "
                + "their own; it must contain both as given above. Absent means the name, then the capacity, each on its own line.",
                example = "Emily Whitehead. A Senior Civil Servant in the Department for Education.", nullable = true)
        @Size(max = 600) String nameAndCapacityAsPrinted) {
}

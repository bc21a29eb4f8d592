package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentityRequest", description = "A token identity to link to a person: the issuer and subject its tokens carry.")
public record IdentityRequest(
        @NotBlank @Size(max = 300) @Pattern(regexp = "https://\\S+", message = "must be the issuer's https URL, as tokens carry it in `iss`")
        @Schema(description = "The token issuer (`iss`), exactly as tokens carry it.", example = "https://login.education.gov.uk/", required = true)
        String issuer,
        @NotBlank @Size(max = 300) @Pattern(regexp = "\\S+", message = "must be the subject (`sub`) exactly as tokens carry it, without spaces")
        @Schema(description = "The subject (`sub`) the issuer gives this person.", example = "6f1c2a9e-3d4b-4c5d-8e7f-0a1b2c3d4e5f", required = true)
        String subject,
        @Size(max = 1000) @Schema(description = "Why the link was made, e.g. the request it answers.", example = "Appointed DCS; account created by the Department",
                nullable = true) String notes) {
}

package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "PersonRequest")
public record PersonRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Eleanor Brazil", required = true) String fullName,
        @Size(max = 100) @Schema(example = "OBE") String honours,
        @Size(max = 300) @Schema(example = "Children's Services Commissioner") String jobTitle,
        UUID organisationId) {
}

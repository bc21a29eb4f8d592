package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.RecordStatus;

import java.util.UUID;

@Schema(name = "Person")
public record PersonView(
        UUID id,
        @Schema(example = "Eleanor Brazil") String fullName,
        @Schema(example = "OBE", nullable = true) String honours,
        @Schema(description = "Name with honours, as a direction writes it.", example = "Eleanor Brazil OBE") String displayName,
        @Schema(example = "Children's Services Commissioner", nullable = true) String jobTitle,
        @Schema(description = "The organisation the person works for, if recorded.", nullable = true) UUID organisationId,
        RecordStatus status) {
}

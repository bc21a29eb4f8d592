package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Identity", description = "A token identity (issuer and subject) linked to a person. While the link is in force, "
        + "tokens of that identity act as that person: what they may do follows the person's appointments.")
public record IdentityView(
        UUID id,
        UUID personId,
        @Schema(example = "https://login.education.gov.uk/") String issuer,
        @Schema(example = "6f1c2a9e-3d4b-4c5d-8e7f-0a1b2c3d4e5f") String subject,
        OffsetDateTime linkedAt,
        @Schema(description = "When the link was ended; absent while it is in force.", nullable = true) OffsetDateTime endedAt,
        @Schema(nullable = true) String endReason,
        @Schema(nullable = true) String notes,
        @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "ENDED"}) String status) {
}

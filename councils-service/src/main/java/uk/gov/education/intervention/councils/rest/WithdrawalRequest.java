package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest", description = "Why a record is withdrawn or retired.")
public record WithdrawalRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Recorded against the wrong council", required = true) String reason) {
}

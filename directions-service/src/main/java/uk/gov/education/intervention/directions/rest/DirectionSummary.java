package uk.gov.education.intervention.directions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.DirectionStatus;

import java.time.LocalDate;

/** A direction in a list: the fields reporting-service relies on (cross-service contract). Absent links are null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "DirectionSummary", description = "A direction in a list, without its text.")
public record DirectionSummary(
        @Schema(description = "Council GSS code and the direction's date.", example = "E06000021-2019-10-31") String reference,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "As councils-service named the council when the direction was issued; null for a draft.",
                example = "Stoke-on-Trent City Council", nullable = true) String councilName,
        @Schema(example = "STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996")
        String title,
        @Schema(description = "The direction's date.", example = "2019-10-31") LocalDate date,
        @Schema(example = "ISSUED") DirectionStatus status,
        @Schema(description = "First day it was no longer in force.", nullable = true, example = "2020-01-07") LocalDate revokedOn,
        @Schema(description = "The direction it revokes (or will, when issued).", nullable = true, example = "E06000021-2019-05-16") String revokes,
        @Schema(description = "The direction that revoked it.", nullable = true) String revokedBy) {
}

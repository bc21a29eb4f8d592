package uk.gov.education.intervention.directions.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.domain.FunctionSet;

@Schema(name = "FunctionReference", description = "A set of failing functions and the clause of the direction that states it.")
public record FunctionReferenceJson(
        @Schema(example = "CHILDREN_ACT_1989_SS23C_TO_24D") @NotNull FunctionSet set,
        @Schema(description = "The clause that states it.", example = "4.b")
        @NotNull @Pattern(regexp = References.CLAUSE_REFERENCE, message = References.CLAUSE_REFERENCE_MESSAGE) String clause) {
}

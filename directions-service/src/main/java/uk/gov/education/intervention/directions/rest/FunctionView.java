package uk.gov.education.intervention.directions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.FunctionSet;

@Schema(name = "FailingFunctions", description = "A set of children's social care functions the council is failing to perform adequately.")
public record FunctionView(
        @Schema(example = "CHILDREN_ACT_2004_SS10_12_12C_12D_17A") FunctionSet set,
        @Schema(example = "Children Act 2004") String act,
        @Schema(example = "sections 10, 12, 12C, 12D and 17A") String provisions,
        @Schema(example = "Functions under sections 10, 12, 12C, 12D and 17A") String description,
        @Schema(description = "The clause that states it.", example = "4.c") String clause) {
}

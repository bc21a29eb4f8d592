package uk.gov.education.intervention.directions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.References;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "DirectionRequest", description = "A draft direction: its council, date and text as a clause tree, and the duties it imposes. "
        + "A draft may be incomplete; issuing needs the statutory basis, the signatory, recitals and directives.")
public record DirectionRequest(
        @Schema(description = "GSS code of the council directed; with the date it makes the direction's reference.", example = "E06000021")
        @NotNull @Pattern(regexp = References.GSS, message = References.GSS_MESSAGE) String councilGssCode,
        @Schema(description = "The direction's date.", example = "2019-10-31") @NotNull LocalDate date,
        @Schema(description = "The title as printed.",
                example = "STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "The power the direction is made under.", example = "section 497A(4B) of the Education Act 1996", nullable = true)
        @Size(max = 500) String statutoryBasis,
        @Schema(nullable = true) @Valid SignatoryText signatory,
        @Schema(description = "Reference of the earlier direction this one revokes when it is issued.", example = "E06000021-2019-05-16", nullable = true)
        @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String revokes,
        @Schema(description = "The recitals ('WHEREAS'), numbered in one sequence with the directives.", nullable = true)
        @Size(max = 60) List<@NotNull @Valid ClauseTextJson> recitals,
        @Schema(description = "The sets of failing functions, each pointing at the clause that states it.", nullable = true)
        @Size(max = 10) List<@NotNull @Valid FunctionReferenceJson> functions,
        @Schema(description = "The operative paragraphs ('NOW THEREFORE').", nullable = true)
        @Size(max = 60) List<@NotNull @Valid ClauseTextJson> clauses,
        @Schema(description = "Annexes: terms of reference for each appointee.", nullable = true)
        @Size(max = 10) List<@NotNull @Valid AnnexTextJson> annexes,
        @Schema(description = "The duties the direction imposes.", nullable = true)
        @Size(max = 100) List<@NotNull @Valid DutyRequest> duties) {
}

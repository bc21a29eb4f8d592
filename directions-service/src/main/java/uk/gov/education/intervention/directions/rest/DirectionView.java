package uk.gov.education.intervention.directions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.DirectionStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Direction", description = "A direction in full: its facts, its text as a clause tree, its annexes and the duties it imposes.")
public record DirectionView(
        @Schema(example = "E06000021-2019-10-31") String reference,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(nullable = true, example = "Stoke-on-Trent City Council") String councilName,
        String title,
        @Schema(example = "2019-10-31") LocalDate date,
        @Schema(example = "ISSUED") DirectionStatus status,
        @Schema(nullable = true, example = "section 497A(4B) of the Education Act 1996") String statutoryBasis,
        @Schema(nullable = true) SignatoryText signatory,
        @Schema(nullable = true, example = "E06000021-2019-05-16") String revokes,
        @Schema(nullable = true) String revokedBy,
        @Schema(nullable = true) LocalDate revokedOn,
        @Schema(nullable = true) String revocationReason,
        @Schema(description = "When it was issued through this service; absent for directions recorded from earlier documents.", nullable = true)
        OffsetDateTime issuedAt,
        @Schema(description = "For a direction whose text is not held: what later directions record of it.", nullable = true) String summary,
        @Schema(description = "Where the facts of a direction whose text is not held come from.", nullable = true) String source,
        List<ClauseView> recitals,
        List<FunctionView> functions,
        List<ClauseView> clauses,
        List<AnnexView> annexes,
        List<DutyView> duties) {
}

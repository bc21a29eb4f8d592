package uk.gov.education.intervention.directions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.domain.Judgement;
import uk.gov.education.intervention.directions.domain.CitationKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A report or direction that a recital relies on. */
@Schema(name = "Citation", description = "A report or earlier direction a recital cites: an Ofsted report with the judgements cited, "
        + "a Commissioner's report by date (or month, when no day is given), or an earlier direction by reference.")
public record CitationJson(
        @Schema(example = "OFSTED_REPORT") @NotNull CitationKind kind,
        @Schema(description = "Date of the report or direction.", example = "2019-03-18", nullable = true) LocalDate date,
        @Schema(description = "Month of the report, when the direction gives no day.", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "2019-12", nullable = true) YearMonth month,
        @Schema(description = "Ofsted framework of the inspection (councils-service framework code).", example = "SIF", nullable = true)
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be a framework code such as SIF or ILACS_2018") String framework,
        @Schema(description = "The overall judgement the recital cites.", example = "INADEQUATE", nullable = true) Judgement overallEffectiveness,
        @Schema(description = "Judgements of particular areas the recital cites (councils-service judgement-area codes).", nullable = true)
        @Size(max = 10) List<@NotNull @Valid AreaJudgementJson> judgements,
        @Schema(description = "Reference of the direction cited.", example = "E06000021-2019-05-16", nullable = true)
        @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String direction) {
}

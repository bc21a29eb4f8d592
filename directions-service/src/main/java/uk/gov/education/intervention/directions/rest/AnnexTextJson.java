package uk.gov.education.intervention.directions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.domain.Party;

import java.util.List;

/** An annex: the terms of reference of one appointee, a numbered list of what they shall do. */
@Schema(name = "AnnexText", description = "An annex: terms of reference for one appointee role, with numbered paragraphs.")
public record AnnexTextJson(
        @Schema(description = "The annex's reference; its paragraphs are referred to as AnnexA.2.e.", example = "AnnexA")
        @NotNull @Pattern(regexp = References.ANNEX, message = References.ANNEX_MESSAGE) String reference,
        @Schema(description = "The heading as printed.", example = "ANNEX A") @NotBlank @Size(max = 100) String heading,
        @Schema(description = "The lines under the heading, as printed.",
                example = "[\"Medway Council Leadership Improvement Partner\", \"Terms of Reference – January 2020\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 300) String> titleLines,
        @Schema(description = "The role whose terms of reference these are.", example = "LEADERSHIP_IMPROVEMENT_PARTNER")
        @NotNull Party appointeeRole,
        @Schema(description = "Unnumbered text before the paragraphs.", nullable = true) @Size(max = 5000) String introduction,
        @Schema(description = "The numbered paragraphs.") @NotNull @Size(min = 1, max = 60) List<@NotNull @Valid ClauseTextJson> paragraphs) {
}

package uk.gov.education.intervention.directions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.References;

import java.util.List;

/**
 * One numbered paragraph of a direction with its sub-items, as written. Its reference is the
 * path of numbers from the top (7, then e, then a: 7.e.a).
 */
@Schema(name = "ClauseText", description = "A numbered paragraph or sub-item of a direction, with its own sub-items.")
public record ClauseTextJson(
        @Schema(description = "Its number within its parent: a paragraph number, a letter or a roman numeral.", example = "d")
        @NotBlank @Pattern(regexp = References.CLAUSE_NUMBER, message = References.CLAUSE_NUMBER_MESSAGE) String number,
        @Schema(description = "The number as printed, with its punctuation. Absent means the number followed by a full stop; "
                + "empty means printed without a number (the first recital of the Stoke-on-Trent direction).",
                example = "d)", nullable = true)
        @Size(max = 12) String label,
        @Schema(description = "The text, verbatim.",
                example = "By the 31 January 2020, have an agreed formal partnership arrangement with a strong Local Authority, ...")
        @NotBlank @Size(max = 10000) String text,
        @Schema(description = "Text that follows the sub-items and closes the paragraph.", nullable = true,
                example = "which appears to them to be necessary for achieving the purposes of, and carrying out the responsibilities set out in, the Terms of Reference.")
        @Size(max = 5000) String continuation,
        @Schema(description = "Reports and directions this paragraph cites (recitals).", nullable = true)
        @Size(max = 10) List<@NotNull @Valid CitationJson> citations,
        @Schema(description = "Sub-items, in order.", nullable = true)
        @Size(max = 60) List<@NotNull @Valid ClauseTextJson> items) {
}

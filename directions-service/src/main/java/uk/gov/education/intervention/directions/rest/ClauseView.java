package uk.gov.education.intervention.directions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Clause", description = "A numbered paragraph or sub-item of a direction, with its stable reference.")
public record ClauseView(
        @Schema(description = "Stable reference: the path of numbers from the top, prefixed by the annex for annex paragraphs.", example = "7.e.a")
        String reference,
        @Schema(example = "a") String number,
        @Schema(description = "The number as printed; empty when printed without one.", example = "a.") String label,
        @Schema(description = "The text, verbatim.", example = "a combined monthly progress report from the Commissioner, PiPs and Council DCS,") String text,
        @Schema(nullable = true) String continuation,
        @Schema(nullable = true) List<CitationJson> citations,
        @Schema(description = "Codes of the duties this clause imposes or refers to.", nullable = true, example = "[\"monthly-progress-report\"]")
        List<String> duties,
        @Schema(nullable = true) List<ClauseView> items) {
}

package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "OfstedFramework", description = "An Ofsted inspection framework and the areas it grades besides overall effectiveness.")
public record FrameworkView(
        @Schema(example = "ILACS_2023") String code,
        String name,
        LocalDate inForceFrom,
        @Schema(nullable = true) LocalDate inForceTo,
        List<Area> areas) {

    @Schema(name = "JudgementArea")
    public record Area(@Schema(example = "CARE_LEAVERS") String code,
                       @Schema(example = "The experiences and progress of care leavers") String name) {
    }
}

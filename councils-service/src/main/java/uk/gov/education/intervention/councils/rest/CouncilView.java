package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.Region;

@Schema(name = "Council", description = "A local authority with children's social care functions.")
public record CouncilView(
        @Schema(description = "GSS code, the council's public identifier.", example = "E06000021") String gssCode,
        @Schema(description = "DfE local-authority code.", example = "861", nullable = true) String laCode,
        @Schema(example = "Stoke-on-Trent City Council") String name,
        CouncilType type,
        Region region,
        @Schema(description = "Derived from the latest published Ofsted inspection; absent when none is recorded.", nullable = true)
        RatingView currentRating) {
}

package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.HolderKind;

@Schema(name = "Role", description = "A role in an intervention.")
public record RoleView(
        @Schema(example = "IMPROVEMENT_ADVISOR") String code,
        @Schema(example = "Improvement Advisor") String name,
        HolderKind holderKind,
        @Schema(description = "Whether the role is held for a particular council.") boolean councilScoped,
        String description) {
}

package uk.gov.education.intervention.reporting.accessrequest.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.util.List;

@Schema(name = "AccessRequestRequest", description = "A request for access under a duty due on request (Stoke-on-Trent 7.b, Medway "
        + "8.b): to the council's premises, documents and employees, as the caller's appointment allows.")
public record AccessRequestRequest(
        @NotNull @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) @Schema(example = "E06000021", required = true)
        String councilGssCode,
        @NotEmpty @Size(max = 3) @Schema(description = "What access is asked for: PREMISES, DOCUMENTS, EMPLOYEES (each at most once).",
                example = "[\"DOCUMENTS\",\"EMPLOYEES\"]", required = true)
        List<@NotNull Access> access,
        @NotBlank @Size(max = 4000) @Schema(description = "What is asked for, and when.", required = true,
                example = "Case files of the 40 children audited in November, and time with the front-door team leaders.")
        String details) {

    @Schema(name = "AccessKind", description = "What the directions give access to: the council's premises, documents or employees.")
    public enum Access { PREMISES, DOCUMENTS, EMPLOYEES }
}

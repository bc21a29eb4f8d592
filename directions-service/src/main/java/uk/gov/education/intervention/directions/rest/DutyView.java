package uk.gov.education.intervention.directions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.DutyKind;
import uk.gov.education.intervention.directions.domain.Party;
import uk.gov.education.intervention.directions.domain.Recipient;

import java.time.LocalDate;
import java.util.List;

/** A duty with its direction's facts, flattened so that a schedule needs nothing else (cross-service contract). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Duty", description = "A duty a direction imposes, with the facts of its direction a schedule needs.")
public record DutyView(
        @Schema(description = "{directionReference}/{code}.", example = "E06000021-2019-10-31/monthly-progress-report") String id,
        @Schema(example = "monthly-progress-report") String code,
        @Schema(example = "E06000021-2019-10-31") String directionReference,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(example = "2019-10-31") LocalDate directionDate,
        @Schema(example = "ISSUED") DirectionStatus directionStatus,
        @Schema(description = "When its direction was revoked; no duty falls due from then.", nullable = true) LocalDate revokedOn,
        @Schema(description = "The clause that imposes it.", example = "7.e.b") String clause,
        @Schema(description = "Every clause that imposes or refers to this one obligation: `clause` first, then the others. "
                + "An obligation cited by several clauses is one duty, so it falls due once.",
                example = "[\"7.e.b\", \"Annex.3.h\"]") List<String> citations,
        @Schema(example = "PROGRESS_REPORT") DutyKind kind,
        @Schema(example = "Combined monthly progress report") String title,
        @Schema(example = "[\"CHILDRENS_SERVICES_COMMISSIONER\", \"PARTNER_IN_PRACTICE\", \"DIRECTOR_OF_CHILDRENS_SERVICES\"]") List<Party> providers,
        @Schema(example = "DEPARTMENT_FOR_EDUCATION") Recipient recipient,
        CadenceJson cadence) {
}

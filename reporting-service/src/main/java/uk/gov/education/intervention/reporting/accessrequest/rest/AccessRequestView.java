package uk.gov.education.intervention.reporting.accessrequest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.accessrequest.domain.AccessRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "AccessRequest", description = "A request for access under a duty due on request, and whether the council has met it.")
public record AccessRequestView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(example = "E06000021-2019-10-31/access-on-request") String dutyId,
        @Schema(example = "E06000021-2019-10-31") String directionReference,
        @Schema(description = "Who asked (the token's subject).", example = "dev-council-reporter.E08000007@example.invalid")
        String requestedBy,
        @Schema(description = "The roles the duty names as requesters that councils-service recorded for the requester on the day.",
                example = "[\"PARTNER_IN_PRACTICE\"]") List<String> requestedAs,
        @Schema(description = "The requester's organisation (a council's GSS code), when asked through an organisation's appointment.",
                example = "E08000007", nullable = true) String requesterOrganisation,
        OffsetDateTime requestedAt,
        @Schema(example = "[\"DOCUMENTS\",\"EMPLOYEES\"]") List<String> access,
        String details,
        @Schema(description = "OPEN, or MET once the council's staff have met it.", example = "OPEN") String status,
        @Schema(nullable = true) LocalDate metOn,
        @Schema(nullable = true) String metBy,
        @Schema(nullable = true) String metNote) {

    public static AccessRequestView of(AccessRequest r) {
        AccessRequest.Snapshot s = r.snapshot();
        return new AccessRequestView(s.id(), s.councilGssCode(), s.dutyId(), s.directionReference(), s.requestedBy(), s.requestedAs(),
                s.requesterOrganisation(), s.requestedAt(), s.access(), s.details(), s.status(), s.metOn(), s.metBy(), s.metNote());
    }
}

package uk.gov.education.intervention.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AuditEntry", description = "One change to a record, as kept in its audit history.")
public record AuditEntry(
        @Schema(example = "1042") long sequence,
        @Schema(description = "Kind of record.", example = "appointment") String entityType,
        @Schema(description = "The record's public identifier.", example = "5b0f7c1e-8a53-4c1e-9b6e-0c2f3a1d9e71") String entityId,
        @Schema(description = "What happened.", example = "updated") String action,
        @Schema(description = "Who did it: the token's subject.", example = "admin@education.gov.uk") String actor,
        OffsetDateTime occurredAt,
        @Schema(description = "Each changed field with its value before (`from`) and after (`to`).",
                example = "{\"endsOn\":{\"from\":null,\"to\":\"2020-10-30\"}}") JsonNode changes) {
}

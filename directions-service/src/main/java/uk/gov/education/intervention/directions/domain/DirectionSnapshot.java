package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A direction's state as the audit log records it, before and after each change; the log keeps
 * the fields that differ. Field names follow the API's, so that a history reads like the record.
 */
public record DirectionSnapshot(String reference, String councilGssCode, String councilName, String title, LocalDate date,
                                DirectionStatus status, String statutoryBasis, Signatory signatory, String revokes,
                                String revokedBy, LocalDate revokedOn, String revocationReason, OffsetDateTime issuedAt,
                                String summary, String source, List<ClauseText> recitals, List<FunctionReference> functions,
                                List<ClauseText> clauses, List<AnnexText> annexes, List<DutySnapshot> duties) {
}

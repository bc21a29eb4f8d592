package uk.gov.education.intervention.directions.domain;

import java.util.List;

/** A duty as the audit log records it. */
public record DutySnapshot(String code, String clause, List<String> citedBy, DutyKind kind, String title, List<Party> providers,
                           Recipient recipient, Cadence cadence) {
}

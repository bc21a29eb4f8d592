package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionSnapshot;
import uk.gov.education.intervention.platform.audit.AuditLog;

/** Records each change to a direction in the audit log, as the direction's state before and after it. */
@ApplicationScoped
public class DirectionAudit {

    public static final String TYPE = "direction";

    @Inject
    AuditLog audit;

    @Inject
    DirectionTexts texts;

    public DirectionSnapshot snapshot(Direction d) {
        return d.snapshot(texts.read(d));
    }

    /** Records {@code action} on {@code d}, which has just been flushed, from {@code before} (null: it is new). */
    public void record(Direction d, String action, DirectionSnapshot before) {
        audit.record(TYPE, d.reference, action, before, snapshot(d));
    }
}

package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionSnapshot;
import uk.gov.education.intervention.directions.repository.DirectionRepository;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;

import java.time.LocalDate;

/** Revokes an issued direction that no later direction revokes, from a date, without a successor. */
@ApplicationScoped
public class RevocationService {

    @Inject
    DirectionRepository directions;

    @Inject
    DirectionService queries;

    @Inject
    DirectionAudit audit;

    @Transactional
    public Direction revoke(String reference, ExpectedVersion expected, LocalDate revokedOn, String reason) {
        Direction d = queries.lock(reference);
        d.requireRevocable();
        expected.check(d.version);
        DirectionSnapshot before = audit.snapshot(d);
        d.revoke(revokedOn, reason);
        directions.flush();
        audit.record(d, "revoked", before);
        return d;
    }
}

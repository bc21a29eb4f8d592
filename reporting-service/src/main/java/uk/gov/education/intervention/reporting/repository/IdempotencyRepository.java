package uk.gov.education.intervention.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.domain.IdempotencyRecord;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {
}

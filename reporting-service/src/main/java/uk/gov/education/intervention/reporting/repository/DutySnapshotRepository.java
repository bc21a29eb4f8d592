package uk.gov.education.intervention.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.domain.DutySnapshot;


@ApplicationScoped
public class DutySnapshotRepository implements PanacheRepositoryBase<DutySnapshot, String> {
}

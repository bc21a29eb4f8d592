package uk.gov.education.intervention.reporting.schedule.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.schedule.domain.DutySnapshot;


@ApplicationScoped
public class DutySnapshotRepository implements PanacheRepositoryBase<DutySnapshot, String> {
}

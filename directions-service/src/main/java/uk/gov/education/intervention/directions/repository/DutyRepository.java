package uk.gov.education.intervention.directions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.directions.domain.Duty;

@ApplicationScoped
public class DutyRepository implements PanacheRepositoryBase<Duty, Long> {
}

package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.councils.domain.OfstedFramework;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<OfstedFramework, String> {
}

package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.councils.domain.Role;

@ApplicationScoped
public class RoleRepository implements PanacheRepositoryBase<Role, String> {
}

package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.councils.domain.Role;

import java.util.List;

@ApplicationScoped
public class RoleRepository implements PanacheRepositoryBase<Role, String> {

    public List<Role> inOrder() {
        return listAll(Sort.by("position"));
    }
}

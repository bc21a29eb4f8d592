package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.councils.domain.OfstedFramework;

import java.util.List;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<OfstedFramework, String> {

    public List<OfstedFramework> inOrder() {
        return listAll(Sort.by("position"));
    }
}

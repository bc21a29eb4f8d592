package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.councils.domain.OfstedFramework;
import uk.gov.education.intervention.councils.domain.Role;
import uk.gov.education.intervention.councils.repository.FrameworkRepository;
import uk.gov.education.intervention.councils.repository.RoleRepository;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.util.List;

/** Ofsted frameworks with their judgement areas, and the roles of an intervention. */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    RoleRepository roles;

    public List<OfstedFramework> frameworks() {
        return frameworks.inOrder();
    }

    public OfstedFramework framework(String code) {
        return frameworks.findByIdOptional(code).orElseThrow(() -> new NotFound("Ofsted framework", code));
    }

    public List<Role> roles() {
        return roles.inOrder();
    }
}

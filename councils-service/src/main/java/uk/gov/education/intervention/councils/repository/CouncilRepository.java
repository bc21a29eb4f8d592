package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.Region;
import uk.gov.education.intervention.platform.rest.Filters;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, Long> {

    public Optional<Council> findByGss(String gssCode) {
        return find("gssCode", gssCode).firstResultOptional();
    }

    /** Locks the council row: appointments for one council are checked and written one at a time. */
    public Optional<Council> lockByGss(String gssCode) {
        return find("gssCode", gssCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Council> findByLaCode(String laCode) {
        return find("laCode", laCode).firstResultOptional();
    }

    /** In GSS-code order after {@code afterGss}; every filter is optional, an empty {@code gssCodes} as absent. */
    public List<Council> list(List<String> gssCodes, Region region, CouncilType type, String afterGss, int fetchSize) {
        Filters f = new Filters()
                .and("gssCode in :codes", "codes", gssCodes == null || gssCodes.isEmpty() ? null : gssCodes)
                .and("region = :region", "region", region)
                .and("type = :type", "type", type)
                .and("gssCode > :after", "after", afterGss);
        return find(f.where() + " order by gssCode", f.params()).page(0, fetchSize).list();
    }
}

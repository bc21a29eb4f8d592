package uk.gov.education.intervention.reporting.improvement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.reporting.improvement.domain.ImprovementPlan;
import uk.gov.education.intervention.reporting.persistence.RecordsById;

import java.util.Optional;

@ApplicationScoped
public class ImprovementPlanRepository implements RecordsById<ImprovementPlan> {

    @Override
    public String noun() {
        return "Improvement plan";
    }

    public Optional<ImprovementPlan> forCouncil(String councilGss) {
        return find("councilGss", councilGss).firstResultOptional();
    }

    /** The council's plan, locked against other writers until the transaction ends. */
    public Optional<ImprovementPlan> forCouncilForUpdate(String councilGss) {
        return find("councilGss", councilGss).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Serialises the creation of a council's plan until the transaction ends. */
    public void lockFor(String name) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name).getSingleResult();
    }
}

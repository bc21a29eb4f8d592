package uk.gov.education.intervention.directions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.directions.domain.FeedSubscription;

import java.util.UUID;

@ApplicationScoped
public class FeedSubscriptionRepository implements PanacheRepositoryBase<FeedSubscription, UUID> {

    public static final String NOUN = "Feed subscription";
}

package uk.gov.education.intervention.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.domain.AttachmentBlob;

@ApplicationScoped
public class AttachmentBlobRepository implements PanacheRepositoryBase<AttachmentBlob, String> {
}

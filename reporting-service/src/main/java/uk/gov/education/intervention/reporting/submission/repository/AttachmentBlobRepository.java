package uk.gov.education.intervention.reporting.submission.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.submission.domain.AttachmentBlob;

@ApplicationScoped
public class AttachmentBlobRepository implements PanacheRepositoryBase<AttachmentBlob, String> {

    /** Keeps the bytes once by their digest, also when two requests bring the same file at the same moment. */
    public void storeOnce(String sha256, byte[] content) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO attachment_blob (sha256, content) VALUES (?1, ?2) ON CONFLICT (sha256) DO NOTHING")
                .setParameter(1, sha256).setParameter(2, content).executeUpdate();
    }
}

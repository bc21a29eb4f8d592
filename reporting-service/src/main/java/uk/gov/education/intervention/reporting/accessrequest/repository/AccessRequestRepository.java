package uk.gov.education.intervention.reporting.accessrequest.repository;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.reporting.accessrequest.domain.AccessRequest;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.persistence.RecordsById;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AccessRequestRepository implements RecordsById<AccessRequest> {

    /**
     * Whose requests a reader reads besides every one of the councils in {@code whole} (null: of
     * every council): those made with its identity or through its organisation's appointment.
     */
    public record Reader(Set<String> whole, String identity, String organisation) {

        public static final Reader EVERYONE = new Reader(null, null, null);

        public static Reader own(String identity, String organisation) {
            return new Reader(Set.of(), identity, organisation);
        }

        public static Reader ownOr(Set<String> whole, String identity, String organisation) {
            return new Reader(whole, identity, organisation);
        }
    }

    @Override
    public String noun() {
        return "Access request";
    }

    /** Up to {@code rows} requests in the order made after the cursor's (time, id); status OPEN, MET or null (both). */
    public List<AccessRequest> page(String council, String status, Reader reader, KeysetCursor<OffsetDateTime, UUID> after, int rows) {
        Filters f = new Filters();
        if ("OPEN".equals(status)) {
            f.and("metOn is null", Map.of());
        } else if ("MET".equals(status)) {
            f.and("metOn is not null", Map.of());
        }
        f.and("councilGss = :council", "council", council);
        if (reader.whole() != null) {
            Map<String, Object> own = new HashMap<>();
            own.put("me", reader.identity());
            String mine = reader.organisation() == null ? "requesterIdentity = :me"
                    : "(requesterIdentity = :me or requesterOrganisation = :org)";
            if (reader.organisation() != null) {
                own.put("org", reader.organisation());
            }
            if (reader.whole().isEmpty()) {
                f.and(mine, own);
            } else {
                own.put("whole", reader.whole());
                f.and("(councilGss in :whole or " + mine + ")", own);
            }
        }
        if (after != null) {
            f.and("(requestedAt > :ka or (requestedAt = :ka and id > :kid))", Map.of("ka", after.first(), "kid", after.second()));
        }
        return find(f.where() + " order by requestedAt, id", f.params()).page(0, rows).list();
    }
}

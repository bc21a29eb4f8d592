package uk.gov.education.intervention.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes and reads the audit history. Callers pass the record's API view before and after a
 * change; the log keeps only the fields that differ.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

    /**
     * Must run inside the transaction that makes the change, so that both commit or neither. A
     * change whose before and after views are equal is not recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String entityId, String action, Object before, Object after) {
        ObjectNode changes = diff(before, after);
        if (before != null && after != null && changes.isEmpty()) {
            // a change request that changed nothing leaves nothing to record
            return;
        }
        AuditEvent e = new AuditEvent();
        e.entityType = entityType;
        e.entityId = entityId;
        e.action = action;
        e.actor = identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        e.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.changes = changes.toString();
        e.persist();
    }

    ObjectNode diff(Object before, Object after) {
        JsonNode a = before == null ? mapper.createObjectNode() : mapper.valueToTree(before);
        JsonNode b = after == null ? mapper.createObjectNode() : mapper.valueToTree(after);
        TreeSet<String> fields = new TreeSet<>();
        a.fieldNames().forEachRemaining(fields::add);
        b.fieldNames().forEachRemaining(fields::add);
        ObjectNode changes = mapper.createObjectNode();
        for (String f : fields) {
            JsonNode from = a.has(f) ? a.get(f) : NullNode.instance;
            JsonNode to = b.has(f) ? b.get(f) : NullNode.instance;
            if (!from.equals(to)) {
                ObjectNode change = changes.putObject(f);
                change.set("from", from);
                change.set("to", to);
            }
        }
        return changes;
    }

    /** The history of one record (or of every record of a type), oldest first. */
    public Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
        return history(entityType, entityId, null, page);
    }

    /**
     * The history of one record from the first change with one of these actions on (a direction
     * from its issue, say), oldest first; empty when there is none.
     */
    public Page<AuditEntry> historySince(String entityType, String entityId, Collection<String> startingActions, PageRequest page) {
        Long first = AuditEvent.getEntityManager()
                .createQuery("select min(e.id) from AuditEvent e where e.entityType = ?1 and e.entityId = ?2 and e.action in ?3", Long.class)
                .setParameter(1, entityType).setParameter(2, entityId).setParameter(3, startingActions)
                .getSingleResult();
        if (first == null) {
            return new Page<>(List.of(), null, page.limit());
        }
        return history(entityType, entityId, first, page);
    }

    private Page<AuditEntry> history(String entityType, String entityId, Long fromId, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (fromId != null) {
            params.add(fromId);
            q.append(" and id >= ?").append(params.size());
        }
        if (entityType != null) {
            params.add(entityType);
            q.append(" and entityType = ?").append(params.size());
        }
        if (entityId != null) {
            params.add(entityId);
            q.append(" and entityId = ?").append(params.size());
        }
        if (page.hasCursor()) {
            try {
                params.add(Long.parseLong(page.cursorKey(1).get(0)));
            } catch (NumberFormatException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
            q.append(" and id > ?").append(params.size());
        }
        q.append(" order by id");
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(q.toString(), params.toArray())
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, r -> List.of(r.id), this::view);
    }

    private AuditEntry view(AuditEvent e) {
        JsonNode changes;
        try {
            changes = mapper.readTree(e.changes);
        } catch (Exception ex) {
            changes = mapper.createObjectNode();
        }
        return new AuditEntry(e.id, e.entityType, e.entityId, e.action, e.actor, e.occurredAt, changes);
    }
}

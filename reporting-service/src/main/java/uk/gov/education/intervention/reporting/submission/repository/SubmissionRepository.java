package uk.gov.education.intervention.reporting.submission.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.reporting.submission.domain.DueItemAnswer;
import uk.gov.education.intervention.reporting.submission.domain.DueItemReport;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    /**
     * The submissions a reader reaches: every one of the councils it reads whole, and in the others
     * those with a section it writes (by council, the keys of those sections).
     */
    public record Reach(Set<String> wholeCouncils, Map<String, Set<String>> sectionKeys) {

        public boolean isEmpty() {
            return wholeCouncils.isEmpty() && sectionKeys.values().stream().allMatch(Set::isEmpty);
        }
    }

    /** The filters of a list, and where the page starts (after a first-submission time and id; null: at the start). */
    public record ListFilter(String council, String dueItemId, SubmissionStatus status, Reach reach,
                             OffsetDateTime afterSubmittedAt, UUID afterId, int fetchSize) {
    }

    /** Submissions answering due items of these councils due within the dates. */
    public List<Submission> answering(List<String> councils, LocalDate from, LocalDate to) {
        if (councils.size() == 1) {
            // Hibernate reuses the translation of a query whose parameters are single values, not of one with a list
            return find("councilGss = :council and dueItemId is not null and dueOn between :from and :to",
                    Parameters.with("council", councils.get(0)).and("from", from).and("to", to)).list();
        }
        return find("councilGss in :councils and dueItemId is not null and dueOn between :from and :to",
                Parameters.with("councils", councils).and("from", from).and("to", to)).list();
    }

    /** Every submission answering a due item, optionally of some councils only. */
    public List<Submission> answeringAny(List<String> councils, LocalDate from, LocalDate to) {
        if (councils == null) {
            return find("dueItemId is not null and dueOn between :from and :to",
                    Parameters.with("from", from).and("to", to)).list();
        }
        return answering(councils, from, to);
    }

    /**
     * As {@link #answering}, only the values a status needs: no entities to build and track, and one
     * statement whatever the number of councils (an array parameter).
     */
    @SuppressWarnings("unchecked")
    public List<DueItemAnswer> answers(List<String> councils, LocalDate from, LocalDate to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT due_item_id, status, first_submitted_at FROM submission "
                        + "WHERE council_gss = ANY(?1) AND due_item_id IS NOT NULL AND due_on BETWEEN ?2 AND ?3")
                .setParameter(1, councils.toArray(String[]::new))
                .setParameter(2, from)
                .setParameter(3, to)
                .unwrap(NativeQuery.class)
                .addScalar("due_item_id", StandardBasicTypes.STRING)
                .addScalar("status", StandardBasicTypes.STRING)
                .addScalar("first_submitted_at", StandardBasicTypes.OFFSET_DATE_TIME)
                .getResultList();
        List<DueItemAnswer> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new DueItemAnswer((String) r[0], SubmissionStatus.valueOf((String) r[1]), (OffsetDateTime) r[2]));
        }
        return out;
    }

    /** The reports answering these due items, as the values a page of items shows: one statement (an array parameter). */
    public List<DueItemReport> reportsAnswering(Collection<String> dueItemIds) {
        // a plain statement on the session's connection: a page of due items asks this on every read, and Hibernate's
        // native query (its planning, an array parameter, scalar mappings) cost more than the index probes themselves.
        // Unlike a query it does not flush the session first: it serves reads, which change nothing
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, due_item_id, status, first_submitted_at FROM submission WHERE due_item_id = ANY(?)")) {
                s.setArray(1, c.createArrayOf("varchar", dueItemIds.toArray()));
                List<DueItemReport> out = new ArrayList<>(dueItemIds.size());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new DueItemReport(r.getObject(1, UUID.class), r.getString(2), SubmissionStatus.valueOf(r.getString(3)),
                                r.getObject(4, OffsetDateTime.class)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Which of these reports have, in any version, a section with one of these keys: one statement, not one per report.
     * Each version of the reports is looked up by its key (the lateral join), rather than every section of the table
     * scanned for the keys, which is the plan a plain join gets.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> withSectionOf(Collection<UUID> ids, Collection<String> sectionKeys) {
        List<UUID> rows = getEntityManager().createNativeQuery("SELECT DISTINCT v.submission_id FROM submission_version v "
                        + "CROSS JOIN LATERAL (SELECT 1 FROM submission_section x WHERE x.version_id = v.id "
                        + "AND x.section_key = ANY(?2) LIMIT 1) hit WHERE v.submission_id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .setParameter(2, sectionKeys.toArray(String[]::new))
                .unwrap(NativeQuery.class)
                .addScalar("submission_id", StandardBasicTypes.UUID)
                .getResultList();
        return Set.copyOf(rows);
    }

    public Optional<Submission> forDueItem(String dueItemId) {
        return find("dueItemId", dueItemId).firstResultOptional();
    }

    /** The submission, locked against other writers until this transaction ends; null when there is none. */
    public Submission findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Serialises writers of one name (a due item, a submission) until this transaction ends. */
    public void lock(String name) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name).getSingleResult();
    }

    /** One page (plus one row) of submissions in order of first receipt. */
    public List<Submission> list(ListFilter l) {
        Filters f = new Filters()
                .and("s.dueItemId = :item", "item", l.dueItemId())
                .and("s.status = :status", "status", l.status())
                .and("s.councilGss = :council", "council", l.council());
        if (l.reach() != null) {
            f.and("(" + reachClause(l.reach(), f) + ")", Map.of());
        }
        if (l.afterId() != null) {
            f.and("(s.firstSubmittedAt > :kt or (s.firstSubmittedAt = :kt and s.id > :kid))",
                    Map.of("kt", l.afterSubmittedAt(), "kid", l.afterId()));
        }
        var query = getEntityManager()
                .createQuery("select s from Submission s where " + f.where() + " order by s.firstSubmittedAt, s.id", Submission.class)
                .setMaxResults(l.fetchSize());
        f.params().forEach(query::setParameter);
        return query.getResultList();
    }

    private static String reachClause(Reach reach, Filters f) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        int n = 0;
        for (var e : new TreeMap<>(reach.sectionKeys()).entrySet()) {
            if (!e.getValue().isEmpty()) {
                terms.add("(s.councilGss = :c" + n + " and exists (select 1 from Section x where x.version.submission = s "
                        + "and x.sectionKey in :k" + n + "))");
                params.put("c" + n, e.getKey());
                params.put("k" + n, e.getValue());
                n++;
            }
        }
        if (!reach.wholeCouncils().isEmpty()) {
            terms.add("s.councilGss in :whole");
            params.put("whole", reach.wholeCouncils());
        }
        f.params().putAll(params);
        return String.join(" or ", terms);
    }
}

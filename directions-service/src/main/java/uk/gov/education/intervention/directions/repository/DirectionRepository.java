package uk.gov.education.intervention.directions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionEvent;
import uk.gov.education.intervention.directions.domain.DirectionKey;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.platform.rest.Filters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class DirectionRepository implements PanacheRepositoryBase<Direction, Long> {

    public Optional<Direction> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /**
     * Up to {@code limit} directions after {@code after} (null: from the first) in date order, then by
     * reference. Null filters are not applied; {@code hidden} is a status left out.
     */
    public List<Direction> list(String council, Set<DirectionStatus> statuses, DirectionStatus hidden, LocalDate inForceOn,
                                DirectionKey after, int limit) {
        Filters f = new Filters()
                .and("councilGssCode = :council", "council", council)
                .and("status in :statuses", "statuses", statuses == null || statuses.isEmpty() ? null : statuses)
                .and("status <> :hidden", "hidden", hidden);
        if (inForceOn != null) {
            f.and("status <> :draft and date <= :day and (revokedOn is null or revokedOn > :day)",
                    Map.of("draft", DirectionStatus.DRAFT, "day", inForceOn));
        }
        if (after != null) {
            f.and("(date > :afterDate or (date = :afterDate and reference > :afterReference))",
                    Map.of("afterDate", after.date(), "afterReference", after.reference()));
        }
        return find(f.where() + " order by date, reference", f.params()).page(0, limit).list();
    }

    /** Every direction issued or revoked (at most {@code limit}), for the feed to order by event. */
    public List<Direction> issuedOrRevoked(int limit) {
        return find("status <> ?1 order by date desc, reference", DirectionStatus.DRAFT).page(0, limit).list();
    }

    /**
     * The council's issued directions, other than {@code d}, still in force on or after its date,
     * oldest first.
     */
    public List<Direction> othersInForce(Direction d) {
        return find("councilGssCode = ?1 and status <> ?2 and reference <> ?3 "
                        + "and (revokedOn is null or revokedOn > ?4) order by date, reference",
                d.councilGssCode, DirectionStatus.DRAFT, d.reference, d.date).list();
    }

    /**
     * Locks every direction of the council, in reference order, for the rest of the transaction: issuing
     * decides which of them is in force, so two issues for one council must not interleave.
     */
    public List<Direction> lockCouncil(String gssCode) {
        return find("councilGssCode = ?1 order by reference", gssCode).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Locks the direction's row for the rest of the transaction: issuing and revoking change two directions at once. */
    public Optional<Direction> lockByReference(String reference) {
        return find("reference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Up to {@code limit} of a council's issued (or revoked) directions whose issue (or revocation) day is within
     * {@code from}..{@code to} and after the position {@code (afterOn, afterKind, afterReference)} (null: from the
     * first), in (day, reference) order.
     */
    public List<Direction> events(String council, DirectionEvent.Kind kind, LocalDate from, LocalDate to, LocalDate afterOn,
                                  String afterKind, String afterReference, int limit) {
        String day = kind == DirectionEvent.Kind.DIRECTION_ISSUED ? "date" : "revokedOn";
        Map<String, Object> params = new java.util.HashMap<>(Map.of("council", council, "draft", DirectionStatus.DRAFT, "from", from, "to", to));
        String where = "councilGssCode = :council and status <> :draft and " + day + " between :from and :to";
        if (afterOn != null) {
            params.put("afterOn", afterOn);
            int within = DirectionEvent.within(kind, afterKind);
            if (within == 0) {
                params.put("afterReference", afterReference);
            }
            where += within > 0 ? " and " + day + " >= :afterOn" : within < 0 ? " and " + day + " > :afterOn"
                    : " and (" + day + " > :afterOn or (" + day + " = :afterOn and reference > :afterReference))";
        }
        return find(where + " order by " + day + ", reference", params).page(0, limit).list();
    }
}

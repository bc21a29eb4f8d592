package uk.gov.education.intervention.councils.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.councils.domain.CouncilCard;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.InspectionStatus;
import uk.gov.education.intervention.councils.domain.Judgement;
import uk.gov.education.intervention.councils.domain.Region;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One council and its current rating in a single statement, the most frequent read of the service. It runs
 * beside Hibernate on the same data source: the entity path cost two queries and most of the request's CPU in
 * query and entity handling for one row and a join (the latest inspection, by the index
 * ofsted_inspection_latest_published, as {@link InspectionRepository#latestPublished(Long, LocalDate)} picks it).
 */
@ApplicationScoped
public class CouncilCards {

    private static final String SQL = """
            SELECT c.gss_code, c.la_code, c.name, c.type, c.region, c.version,
                   i.overall_effectiveness, i.published_on, i.framework_code, i.id
            FROM council c
            LEFT JOIN LATERAL (
                SELECT overall_effectiveness, published_on, framework_code, id FROM ofsted_inspection
                WHERE council_id = c.id AND status = ? AND published_on <= ?
                ORDER BY published_on DESC, created_at DESC LIMIT 1) i ON true
            WHERE c.gss_code = ?""";

    @Inject
    DataSource db;

    public Optional<CouncilCard> find(String gssCode, LocalDate asOf) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, InspectionStatus.PUBLISHED.name());
            s.setDate(2, Date.valueOf(asOf));
            s.setString(3, gssCode);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(card(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read council " + gssCode, e);
        }
    }

    private static CouncilCard card(ResultSet r) throws SQLException {
        String judgement = r.getString(7);
        CouncilCard.Rating rating = judgement == null ? null : new CouncilCard.Rating(Judgement.valueOf(judgement),
                r.getDate(8).toLocalDate(), r.getString(9), r.getObject(10, UUID.class));
        return new CouncilCard(r.getString(1), r.getString(2), r.getString(3), CouncilType.valueOf(r.getString(4)),
                Region.valueOf(r.getString(5)), r.getLong(6), rating);
    }
}

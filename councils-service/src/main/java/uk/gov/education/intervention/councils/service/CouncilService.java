package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.domain.Region;
import uk.gov.education.intervention.councils.repository.CouncilRepository;
import uk.gov.education.intervention.councils.repository.InspectionRepository;
import uk.gov.education.intervention.councils.rest.CouncilRequest;
import uk.gov.education.intervention.councils.rest.CouncilUpdate;
import uk.gov.education.intervention.councils.rest.CouncilView;
import uk.gov.education.intervention.councils.rest.RatingView;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.rest.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CouncilService {

    public static final String AUDIT_TYPE = "council";

    @Inject
    CouncilRepository councils;

    @Inject
    InspectionRepository inspections;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Council require(String gssCode) {
        return councils.findByGss(gssCode).orElseThrow(() -> Problems.notFound("Council", gssCode));
    }

    public Versioned<CouncilView> get(String gssCode) {
        Council c = require(gssCode);
        return new Versioned<>(view(c, inspections.latestPublished(c.id, today()).orElse(null)), c.version);
    }

    /** Councils in GSS-code order; {@code gssCodes} fetches a known set in one call. */
    public Page<CouncilView> list(List<String> gssCodes, Region region, CouncilType type, PageRequest page) {
        Filters f = new Filters()
                .and("gssCode in :codes", "codes", gssCodes == null || gssCodes.isEmpty() ? null : gssCodes)
                .and("region = :region", "region", region)
                .and("type = :type", "type", type)
                .and("gssCode > :after", "after", page.hasCursor() ? page.cursorKey(1).get(0) : null);
        List<Council> rows = councils.find(f.where() + " order by gssCode", f.params()).page(0, page.fetchSize()).list();
        Map<Long, OfstedInspection> ratings = inspections.latestPublished(rows.stream().map(c -> c.id).toList(), today());
        return Page.of(rows, page, c -> List.of(c.gssCode), c -> view(c, ratings.get(c.id)));
    }

    @Transactional
    public Versioned<CouncilView> create(CouncilRequest r) {
        if (councils.findByGss(r.gssCode()).isPresent()) {
            throw Problems.conflict("council-exists", "Council " + r.gssCode() + " is already recorded.");
        }
        requireLaCodeFree(r.laCode(), null);
        Council c = new Council();
        c.gssCode = r.gssCode();
        c.laCode = r.laCode();
        c.name = r.name().trim();
        c.type = r.type();
        c.region = r.region();
        councils.persistAndFlush(c);
        CouncilView after = view(c, null);
        audit.record(AUDIT_TYPE, c.gssCode, "created", null, after);
        return new Versioned<>(after, c.version);
    }

    @Transactional
    public Versioned<CouncilView> update(String gssCode, String ifMatch, CouncilUpdate r) {
        Council c = councils.lockByGss(gssCode).orElseThrow(() -> Problems.notFound("Council", gssCode));
        ETags.requireMatch(ifMatch, c.version);
        requireLaCodeFree(r.laCode(), c.id);
        OfstedInspection latest = inspections.latestPublished(c.id, today()).orElse(null);
        CouncilView before = view(c, latest);
        c.laCode = r.laCode();
        c.name = r.name().trim();
        c.type = r.type();
        c.region = r.region();
        councils.flush();
        CouncilView after = view(c, latest);
        audit.record(AUDIT_TYPE, c.gssCode, "updated", before, after);
        return new Versioned<>(after, c.version);
    }

    private void requireLaCodeFree(String laCode, Long exceptId) {
        if (laCode == null) {
            return;
        }
        councils.find("laCode", laCode).firstResultOptional()
                .filter(other -> !other.id.equals(exceptId))
                .ifPresent(other -> {
                    throw Problems.conflict("la-code-in-use",
                            "Local-authority code " + laCode + " already belongs to " + other.name + " (" + other.gssCode + ").");
                });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static CouncilView view(Council c, OfstedInspection latest) {
        RatingView rating = latest == null ? null
                : new RatingView(latest.overallEffectiveness, latest.publishedOn, latest.frameworkCode, latest.id);
        return new CouncilView(c.gssCode, c.laCode, c.name, c.type, c.region, rating);
    }
}
